import { foldText } from '@kizuna/model';
import type { City, GeoPhrase, Guard } from './types.js';

/** What the phrase list is built from. */
export interface PhraseSources {
  countries: readonly {
    code: string;
    names: readonly string[];
    acronyms: readonly string[];
    demonyms: { fr: readonly string[]; en: readonly string[] };
    prefixes: readonly string[];
  }[];
  /** In the order cities of one name are meant (city-order.ts), with every name. */
  cities: readonly { city: City; names: readonly string[]; major: boolean }[];
  guarded: ReadonlySet<string>;
}

/**
 * Every surface form once (by its folded spelling): a country's names first, then demonyms, then
 * cities in the order they are meant, so that "Singapore" is the country and "Paris" the French capital.
 * A hyphenated country name is also given with spaces ("Etats Unis").
 */
export function buildPhrases(src: PhraseSources): GeoPhrase[] {
  const out = new Map<string, GeoPhrase>();
  const add = (p: GeoPhrase) => {
    const k = foldText(p.text);
    if (!out.has(k)) out.set(k, p);
  };
  for (const c of src.countries) {
    for (const text of c.names) {
      add({ text, kind: 'country', code: c.code, letterCase: 'capital', guard: 'free' });
      if (text.includes('-')) {
        add({ text: text.replace(/-/g, ' '), kind: 'country', code: c.code, letterCase: 'capital', guard: 'free' });
      }
    }
    for (const text of c.acronyms) add({ text, kind: 'country', code: c.code, letterCase: 'upper', guard: 'free' });
  }
  for (const c of src.countries) {
    for (const text of [...c.demonyms.fr, ...c.prefixes]) {
      add({ text, kind: 'demonym', code: c.code, letterCase: 'any', guard: 'free' });
    }
    for (const text of c.demonyms.en)
      add({ text, kind: 'demonym', code: c.code, letterCase: 'capital', guard: 'free' });
  }
  for (const { city, names, major } of src.cities) {
    for (const text of names) {
      const guard: Guard = major && !src.guarded.has(foldText(text)) ? 'free' : 'context';
      add({ text, kind: 'city', code: city.country, letterCase: 'capital', guard, city });
    }
  }
  return [...out.values()];
}
