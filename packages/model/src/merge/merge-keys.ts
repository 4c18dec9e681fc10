import type { DateRef } from '../date-ref.js';
import type { Event } from '../event.js';
import { foldText } from '../person-key.js';
import { fold, squash } from './folding.js';

// words that do not tell one series from another ("the", "de la", "Vietnam-Japon" is kept)
const SERIES_STOP = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'sur',
  'the',
  'of',
  'on',
  'and',
  'et',
  'entre',
  'between',
]);
const seriesWords = (s: string) =>
  new Set(
    foldText(s)
      .split(/[^\p{L}\p{N}+]+/u)
      .filter((w) => w && !SERIES_STOP.has(w)),
  );

export interface SeriesKeys {
  folded: string;
  words: Set<string>;
}
export const seriesKeys = (s: string): SeriesKeys => ({ folded: fold(s), words: seriesWords(s) });

/** Two series names are one when most of their words agree ("dialogue sur la politique de défense" ~ "Dialogue de politique de défense"). */
export function sameSeriesKeys(a: SeriesKeys, b: SeriesKeys): boolean {
  if (a.folded === b.folded) return true;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared += 1;
  return shared / Math.max(1, Math.min(a.words.size, b.words.size)) >= 0.75 && shared >= 2;
}

const DAY = /^(?:\d{4}|-)-\d{2}-\d{2}$/;

/** Two dates can be one meeting's: the same day, or the same day and month where a year is unknown. */
function sameDay(a: DateRef | null, b: DateRef | null): boolean {
  if (!a || !b) return false;
  if (!DAY.test(a.iso) || !DAY.test(b.iso)) return false;
  if (a.iso === b.iso) return true;
  return (a.year === 'unknown' || b.year === 'unknown') && a.iso.slice(-5) === b.iso.slice(-5);
}

/** What sameMeeting compares, computed once per event (folding and splitting dominate otherwise). */
export interface MeetingKeys {
  event: Event;
  series: SeriesKeys | null;
  /** Month and day ("12-04") when the date is a day, else null. */
  monthDay: string | null;
  aliases: Set<string>;
  participants: Set<string>;
  /** The participants' countries. */
  countries: Set<string>;
}

export function meetingKeys(event: Event): MeetingKeys {
  return {
    event,
    series: event.series ? seriesKeys(event.series) : null,
    monthDay: event.date && DAY.test(event.date.iso) ? event.date.iso.slice(-5) : null,
    aliases: new Set(event.aliases.map(squash)),
    participants: new Set(event.participants.map((p) => p.key)),
    countries: new Set(event.participants.flatMap((p) => (p.country ? [p.country] : []))),
  };
}

/**
 * Whether the two events' countries say they are different meetings: two bilateral meetings of
 * different pairs (the 6th Vietnam–France and the 6th Vietnam–Australia 2+2 dialogues), or
 * countries with none in common and three or more in all. One country on a side tells nothing:
 * an article may name one side only.
 */
export function otherCountries(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const c of a) if (b.has(c)) shared += 1;
  if (a.size === 2 && b.size === 2) return shared < 2;
  return shared === 0 && a.size + b.size >= 3;
}

export function sameMeetingKeys(a: MeetingKeys, b: MeetingKeys): boolean {
  const x = a.event;
  const y = b.event;
  if (otherCountries(a.countries, b.countries)) return false;
  if (a.series && b.series && x.ordinal !== null && x.ordinal === y.ordinal && sameSeriesKeys(a.series, b.series)) {
    return true;
  }
  if (!sameDay(x.date, y.date)) return false;
  for (const alias of b.aliases) if (a.aliases.has(alias)) return true;
  if (x.kind !== y.kind) return false;
  for (const key of b.participants) if (a.participants.has(key)) return true;
  return false;
}

/**
 * Tells whether two articles' events are the same meeting: same series and ordinal; or same
 * alias on the same day; or same kind on the same day with a participant in common; and in
 * every case, not between other countries (see otherCountries).
 */
export function sameMeeting(a: Event, b: Event): boolean {
  return sameMeetingKeys(meetingKeys(a), meetingKeys(b));
}
