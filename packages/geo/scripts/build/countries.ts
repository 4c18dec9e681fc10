import { foldText } from '@kizuna/model';
import type { CountryRow } from '../../src/geo-file.js';
import { geoKey } from '../../src/key.js';
import { englishForms, frenchForms } from './demonym-forms.js';
import type { Overlay } from './overlay.js';
import type { WorldCountry } from './sources.js';

// Names come from world-countries (common, official, French, alternative spellings) and
// i18n-iso-countries (French and English names with aliases); the overlay adds usual forms
// neither has. A form claimed by several countries goes to one: a common name beats an alias,
// then an independent country beats a territory, then the larger one (Congolese → DR Congo).

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;

export interface CountrySources {
  world: readonly WorldCountry[];
  iso: { fr: Record<string, string | string[]>; en: Record<string, string | string[]> };
  overlay: Overlay;
  isWord: (word: string) => boolean;
}

interface Claim {
  code: string;
  form: string;
  /** 0: a common name; 1: any other. */
  rank: number;
  lang?: 'fr' | 'en';
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every country with its display names, names, acronyms, demonyms and prefixes. */
export function buildCountries(src: CountrySources): CountryRow[] {
  const { overlay } = src;
  const dropped = new Set(overlay.dropNames.map(geoKey));
  const priority = countryPriority(src.world);
  const names: Claim[] = [];
  const acronyms: Claim[] = [];
  const demonyms: Claim[] = [];
  for (const c of src.world) {
    const code = c.cca2;
    const extra = overlay.countries[code];
    const fra = c.translations.fra;
    const claimName = (form: string, rank: number, fromAlt = false) => {
      const f = form.trim();
      if (ACRONYM.test(f) && f.replace(/\./g, '') !== code) acronyms.push({ code, form: f, rank });
      // a common or display name is kept as it is: the country must be found again by the name shown for it
      else if (f && (rank === 0 || (usableName(f, fromAlt, src.isWord) && !dropped.has(geoKey(f))))) {
        names.push({ code, form: f, rank });
      }
    };
    for (const f of [c.name.common, fra?.common ?? '', extra?.display?.en ?? '', extra?.display?.fr ?? '']) {
      claimName(f, 0);
    }
    for (const f of [c.name.official, fra?.official ?? '', ...list(src.iso.fr[code]), ...list(src.iso.en[code])]) {
      claimName(f, 1);
    }
    for (const f of c.altSpellings) claimName(f, 1, true);
    for (const f of extra?.names ?? []) names.push({ code, form: f, rank: 1 });
    for (const f of extra?.acronyms ?? []) acronyms.push({ code, form: f, rank: 0 });
    const fr = c.demonyms?.fra;
    const en = c.demonyms?.eng;
    const frPairs: [string, string][] = [...(fr?.m ? [[fr.m, fr.f] as [string, string]] : []), ...(extra?.fr ?? [])];
    for (const [m, f] of frPairs)
      for (const form of frenchForms(m, f)) demonyms.push({ code, form, rank: 1, lang: 'fr' });
    const enEntries = [...new Set([en?.m ?? '', en?.f ?? '', ...(extra?.en ?? [])].filter(Boolean))];
    for (const e of enEntries) for (const form of englishForms(e)) demonyms.push({ code, form, rank: 1, lang: 'en' });
  }
  const owners = new Map(Object.entries(overlay.demonymOwners).map(([form, code]) => [geoKey(form), code]));
  // one pool for both languages: "américan" (a territory's French) folds to "American"
  const wonDemonyms = award(demonyms, priority, owners);
  const won = {
    names: award(names, priority, new Map()),
    acronyms: award(acronyms, priority, new Map()),
  };
  const demonymsOf = (code: string, lang: 'fr' | 'en') =>
    (wonDemonyms.get(code) ?? []).filter((c) => c.lang === lang).map((c) => c.form);
  return src.world
    .map((c) => {
      const extra = overlay.countries[c.cca2];
      const frCommon = c.translations.fra?.common;
      return {
        code: c.cca2,
        en: extra?.display?.en ?? c.name.common,
        fr:
          extra?.display?.fr ??
          (frCommon && !frCommon.includes('(') ? frCommon : (list(src.iso.fr[c.cca2])[0] ?? c.name.common)),
        names: (won.names.get(c.cca2) ?? []).map((w) => w.form),
        acronyms: (won.acronyms.get(c.cca2) ?? []).map((w) => w.form),
        demonyms: { fr: demonymsOf(c.cca2, 'fr'), en: demonymsOf(c.cca2, 'en') },
        prefixes: extra?.prefixes ?? [],
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** A name usable as written: Latin script, no inverted or bracketed form, not a common word. */
function usableName(form: string, fromAlt: boolean, isWord: (w: string) => boolean): boolean {
  if (!form || !LATIN.test(form) || form.replace(/[^\p{L}]/gu, '').length < 4) return false;
  // a one-word alternative spelling that is a dictionary word ("Island" for Iceland) means that word
  return !(fromAlt && !/\s/.test(form) && isWord(form.toLowerCase()));
}

/** Higher first: independent countries, then by area. */
function countryPriority(world: readonly WorldCountry[]): Map<string, number> {
  const sorted = [...world].sort((a, b) => Number(!!b.independent) - Number(!!a.independent) || b.area - a.area);
  return new Map(sorted.map((c, i) => [c.cca2, sorted.length - i]));
}

/** The claims each country keeps once every shared form has gone to one country, as written first seen. */
function award(claims: Claim[], priority: Map<string, number>, owners: Map<string, string>): Map<string, Claim[]> {
  const best = new Map<string, Claim>();
  for (const claim of claims) {
    const k = geoKey(claim.form);
    const cur = best.get(k);
    const owner = owners.get(k);
    const better =
      !cur ||
      (owner !== undefined
        ? claim.code === owner && cur.code !== owner
        : claim.rank < cur.rank ||
          (claim.rank === cur.rank && (priority.get(claim.code) ?? 0) > (priority.get(cur.code) ?? 0)));
    if (better) best.set(k, claim);
  }
  const out = new Map<string, Claim[]>();
  for (const claim of claims) {
    const winner = best.get(geoKey(claim.form));
    if (winner?.code !== claim.code) continue;
    const kept = out.get(claim.code) ?? [];
    if (!kept.some((k) => foldText(k.form) === foldText(claim.form))) kept.push(claim);
    out.set(claim.code, kept);
  }
  return out;
}
