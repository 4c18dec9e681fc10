/** A language the bot answers in and the articles are written in. */
export type GeoLang = 'fr' | 'en';

/** A city or venue. */
export interface City {
  /** The usual English name ("Beijing", "Geneva"). */
  name: string;
  /** The usual names in English and French, and the local one where it differs ("Genève"). */
  names: { en: string; fr: string; local?: string };
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Inhabitants per GeoNames; 0 for a venue without a figure (a castle, an estate). */
  population: number;
  /** The country's capital or seat of government. */
  capital: boolean;
}

/** What a surface form names. */
export type PhraseKind = 'country' | 'demonym' | 'city';

/**
 * How a form must be written to count when found in text: `upper` as in the data, in capitals
 * ("US", not "us"); `capital` with a capital first letter ("Japan", "Nice"); `any` in any case
 * (French demonyms are lower case: "japonaise").
 */
export type LetterCase = 'any' | 'capital' | 'upper';

/**
 * `free`: the form names the place wherever it is written as `letterCase` says. `context`: a city
 * name that is also a word, a first name, or the name of a small place; it counts only where
 * `isCityMention` (the stop policy) accepts it.
 */
export type Guard = 'free' | 'context';

/** One surface form of a country, demonym or city, for a phrase matcher. */
export interface GeoPhrase {
  /** The form as written, with its accents ("Pékin", "sud-coréennes", "U.S."). */
  text: string;
  kind: PhraseKind;
  /** ISO 3166-1 alpha-2 of the country, the demonym's country or the city's country. */
  code: string;
  letterCase: LetterCase;
  guard: Guard;
  /** The city meant (the biggest of that name), for `kind: 'city'`. */
  city?: City;
}
