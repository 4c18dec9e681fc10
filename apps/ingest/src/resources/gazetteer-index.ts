import { foldKeepLength } from '../text/fold.js';
import { copyEach, memo } from '../text/memo.js';
import { phraseMatcher } from '../text/phrase-trie.js';
import type { Span } from '../text/span.js';
import type { GazetteerFile } from './data-files.js';

export interface PlaceHit extends Span {
  type: 'country' | 'adjective' | 'city';
  country: string;
  /** The city's or country's first (canonical) name. */
  canonical: string;
}

/** Finds countries, nationality adjectives and cities in a text, from the gazetteer. */
export interface GazetteerIndex {
  find(text: string): PlaceHit[];
  /** Country code of a country name or nationality adjective ("japonaise" → JP), or null. */
  countryOf(word: string): string | null;
  isVietnameseFamilyName(word: string): boolean;
  /** Every folded word of every place name, to tell a name from a place. */
  words: ReadonlySet<string>;
}

export function buildGazetteerIndex(g: GazetteerFile): GazetteerIndex {
  const entries = new Map<string, { type: PlaceHit['type']; country: string; canonical: string }>();
  const add = (name: string, type: PlaceHit['type'], country: string, canonical: string) => {
    const k = foldKeepLength(name);
    // a city name that is also a country (Singapore) reads as the country
    if (!entries.has(k) || type !== 'city') entries.set(k, { type, country, canonical });
  };
  for (const c of g.cities) for (const n of c.names) add(n, 'city', c.country, c.names[0] ?? n);
  for (const c of g.countries) {
    for (const n of c.names) add(n, 'country', c.code, c.names[0] ?? n);
    for (const a of c.adjectives) if (!entries.has(foldKeepLength(a))) add(a, 'adjective', c.code, c.names[0] ?? a);
  }
  const matcher = phraseMatcher([...entries.keys()]);
  const words = new Set([...entries.keys()].flatMap((k) => k.split(/[^\p{L}]+/u)).filter(Boolean));
  const family = new Set(Object.values(g.familyNames).flat().map(foldKeepLength));
  return {
    find: memo(
      (text: string) => {
        const folded = foldKeepLength(text);
        return matcher.find(text, folded).flatMap(({ phrase, ...s }) => {
          const e = entries.get(phrase);
          if (!e) return [];
          // "US" / "UK" are countries only in capitals; "us" is a pronoun
          if (s.text.length <= 3 && s.text !== s.text.toUpperCase()) return [];
          return [{ ...s, ...e }];
        });
      },
      512,
      copyEach,
    ),
    countryOf(word) {
      return entries.get(foldKeepLength(word))?.country ?? null;
    },
    isVietnameseFamilyName: (word) => family.has(foldKeepLength(word)),
    words,
  };
}
