import { loadGeo } from '@kizuna/geo';

/** The languages the engine reads and names countries in. */
export type Language = 'fr' | 'en';

// long official names ("République socialiste du Viêt Nam") would put "république" and
// "socialiste" in every meeting's country field: the index takes the usual names only
const MAX_NAME_WORDS = 3;

/** A country's usual name in a language ("JP" → "Japon" / "Japan"); the code itself if unknown. */
export function countryName(code: string, language: Language): string {
  return loadGeo().countryName(code, language);
}

const wordsCache = new Map<string, string[]>();
/** Every word a text may use for the country: names in both languages, acronyms, demonyms, prefixes ("sino"). */
export function countryWords(code: string): string[] {
  const cached = wordsCache.get(code);
  if (cached) return cached;
  const row = loadGeo().country(code);
  const words = row
    ? [
        row.fr,
        row.en,
        ...row.names.filter((n) => n.split(/\s+/).length <= MAX_NAME_WORDS),
        ...row.acronyms,
        ...row.demonyms.fr,
        ...row.demonyms.en,
        ...row.prefixes,
      ]
    : [];
  const out = [...new Set([...words, code])];
  wordsCache.set(code, out);
  return out;
}

/** The ISO code a typed country stands for ("Japon", "japan", "JP", "japonais"), among the given codes. */
export function resolveCountry(typed: string, codes: Iterable<string>): string | null {
  const geo = loadGeo();
  const t = typed.trim();
  if (!t) return null;
  const code = geo.countryByName(t) ?? geo.countryByDemonym(t) ?? (/^[a-z]{2}$/i.test(t) ? t.toUpperCase() : null);
  if (!code) return null;
  for (const known of codes) if (known === code) return code;
  return null;
}
