import { loadGeo } from '@kizuna/geo';
import type { CorpusEvent } from '@kizuna/model';
import { rawTokens, type Term } from '@kizuna/search';

/** A part of a question the meeting found does not satisfy: an edition, a year or a country. */
export type UnmetPart =
  | { kind: 'ordinal'; value: number }
  | { kind: 'year'; value: string }
  | { kind: 'country'; value: string };

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
// "Corée du Sud", "New Zealand": a country name may take up to three words
const MAX_NAME_WORDS = 3;

/** The countries a question names, by name or demonym ("Japon", "Japan", "japonais", "Corée du Sud"). */
export function countriesNamed(query: string): string[] {
  const geo = loadGeo();
  // "Vietnam-Inde" names two countries; "sud-coréen" one
  const words = rawTokens(query).flatMap((t) =>
    t.lower.includes('-') && !geo.countryByDemonym(t.lower) && !geo.countryByName(t.lower)
      ? t.lower.split('-').filter(Boolean)
      : [t.lower],
  );
  const codes = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = MAX_NAME_WORDS; n >= 1; n--) {
      if (words.length < i + n) continue;
      const phrase = words.slice(i, i + n).join(' ');
      const code = geo.countryByName(phrase) ?? (n === 1 ? geo.countryByDemonym(phrase) : null);
      if (code) {
        codes.add(code);
        i += n - 1;
        break;
      }
    }
  }
  return [...codes];
}

/**
 * What the question asks that the meeting does not have: an edition it is not ("dixième" for a
 * first dialogue), a year none of its dates is in, a country that takes no part. Read from the
 * meeting itself, not from the index, so a word matched elsewhere (a "10" in a quote) does not count.
 */
export function unmetParts(
  query: string,
  terms: readonly Term[],
  event: CorpusEvent,
  involves: (event: CorpusEvent, country: string) => boolean,
): UnmetPart[] {
  const out: UnmetPart[] = [];
  for (const term of terms) {
    const ordinal = term.length === 1 && term[0]?.startsWith('#') ? Number(term[0].slice(1)) : null;
    if (ordinal !== null && event.ordinal !== ordinal) out.push({ kind: 'ordinal', value: ordinal });
  }
  const years = event.dates.map((d) => d.value.iso.slice(0, 4));
  for (const [year] of query.matchAll(YEAR)) if (!years.includes(year)) out.push({ kind: 'year', value: year });
  for (const code of countriesNamed(query)) if (!involves(event, code)) out.push({ kind: 'country', value: code });
  return out;
}
