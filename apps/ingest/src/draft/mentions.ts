import type { EventKind, Place } from '@kizuna/model';
import type { SentenceRef, Span } from '../text/span.js';

/** A place a sentence says something happened in (the places stage). */
export interface PlaceMention extends Span {
  place: Place;
  level: 'city' | 'country';
}

/** A word that names a meeting, with what surrounds it (the triggers stage). */
export interface TriggerHit extends Span {
  kind: EventKind;
  /** Order of the kind in the lexicon: lower is more specific. */
  rank: number;
  /** "after the talks": the sentence refers back to a meeting told elsewhere. */
  background: boolean;
  /** "depuis 2014", "the next summit": not a meeting this article reports. */
  passing: boolean;
  /** Where the meeting's written name starts when a verb's clause names it ("met … for the 2nd 2+2 meeting"). */
  nameStart?: number;
}

/** A role read next to a name, its strongest title's priority, and where it is written. */
export interface RoleReading extends Span {
  priority: number;
}

/** One mention of a person in one sentence (the people stage); spans are relative to the sentence. */
export interface FoundPerson {
  sentence: SentenceRef;
  name: Span;
  key: string;
  role: RoleReading | null;
  country: string | null;
  /** The country is only a guess (a family name, the one foreign country of the sentence): any country read from a role wins. */
  countryGuessed?: boolean;
  /** The written span that names the person with their title. */
  quote: Span;
  /** Introduced by a title or courtesy (not only recognised as a name met before). */
  titled: boolean;
  /** Every title read next to the name. */
  readings: RoleReading[];
  /** The title before the name is plural, so it also covers the next name. */
  plural: boolean;
  /** Named by title and nationality only ("le ministre japonais"). */
  anaphor?: boolean;
  /** An anaphor read by its office alone, for a person whose country nothing else told. */
  byOffice?: boolean;
  /** Read for the person's country and office only, not as a mention of its sentence ("the first Indian prime minister"). */
  silent?: boolean;
}

/** One person of the article: the fullest name written, the strongest role, a country. */
export interface ArticlePerson {
  key: string;
  name: string;
  tokens: string[];
  role: string | null;
  rolePriority: number;
  country: string | null;
  mentions: number;
}
