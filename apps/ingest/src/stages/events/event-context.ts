import type { DateRef, Place } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';
import type { FoundPerson, PlaceMention, TriggerHit } from '../../draft/mentions.js';
import type { MeetingWords } from '../../resources/meeting-words.js';
import type { DateMention } from '../../text/date-mention.js';
import type { ArticleDates } from '../../text/resolve-date.js';
import type { SentenceRef } from '../../text/span.js';

/** Everything read from one sentence that events are built from. */
export interface SentenceFacts {
  sentence: SentenceRef;
  triggers: TriggerHit[];
  people: FoundPerson[];
  dates: DateMention[];
  places: PlaceMention[];
}

export interface EventContext {
  language: string;
  dates: ArticleDates;
  /** Where the article's meetings happen when a sentence does not say (lead or dateline). */
  defaultPlace: Place | null;
  meetingWords: MeetingWords;
  /** The article's main person, for a meeting told with "il"/"he". */
  protagonist: FoundPerson | null;
  /** The fullest name the article gives a person. */
  nameOf(key: string): string;
}

/** The meetings told so far, while the sentences are read in order. */
export interface EventState {
  events: DraftEvent[];
  /** The meeting the last sentence added to. */
  last: DraftEvent | null;
  /** Co-chairs named before any meeting: they join the first one. */
  pending: FoundPerson[];
  /** The last day a sentence wrote out (a date or a weekday), for "that day", "in the evening" just after. */
  recentDate?: { date: DateRef; at: number } | null;
}

/** 0 for French, 1 for English: the index into a label pair. */
export const languageIndex = (language: string) => (language === 'fr' ? 0 : 1);
