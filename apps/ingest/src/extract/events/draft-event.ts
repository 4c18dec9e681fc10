import type { DateRef, EventKind, Place } from '@kizuna/model';
import type { FoundPerson } from '../people/find-people.js';
import type { Span } from '../text/span.js';

/** A span of one sentence, by the sentence's index in the article. */
export interface Located {
  sentence: number;
  span: Span;
}

/** An event while it is being assembled, with where each field was read. */
export interface DraftEvent {
  kind: EventKind;
  name: string;
  aliases: string[];
  ordinal: number | null;
  series: string | null;
  date: DateRef | null;
  dateAt: Located | null;
  place: Place | null;
  placeAt: Located | null;
  /** Person keys in the order they joined. */
  participants: string[];
  mentions: FoundPerson[];
  /** The sentence that tells the meeting. */
  trigger: Located;
  evidence: Set<number>;
  outcomes: Located[];
}
