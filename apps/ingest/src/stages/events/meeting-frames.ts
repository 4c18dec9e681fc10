import type { MeetingWords } from '../../resources/meeting-words.js';
import { foldKeepLength } from '../../text/fold.js';
import { hasMatchNotAfter, LETTER_BEFORE, wordStartSpans } from '../../text/not-after.js';
import type { Span } from '../../text/span.js';

/** "visite officielle", "state visit": the trips a sentence tells, that hold the meetings. */
export const frames = (text: string, words: MeetingWords): Span[] =>
  wordStartSpans(text, words.frame, foldKeepLength(text), LETTER_BEFORE);

/** Whether a sentence tells who co-chaired or led the delegations. */
export const isCochair = (text: string, words: MeetingWords): boolean =>
  hasMatchNotAfter(foldKeepLength(text), words.cochair, LETTER_BEFORE);
