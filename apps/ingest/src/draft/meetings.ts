import type { DateRef, EventKind, Place } from '@kizuna/model';
import type { Located } from '../text/span.js';
import type { FoundPerson } from './mentions.js';

/** A meeting while it is being assembled (events and outcomes stages), with where each field was read. */
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
