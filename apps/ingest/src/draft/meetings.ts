import type { DateRef, EventKind, Place } from '@kizuna/model';
import type { Located } from '../text/span.js';
import type { FoundPerson } from './mentions.js';

/** Meetings where work is done (decisions, documents); a reception, visit or dinner seldom decides. */
export const WORKING_KINDS: ReadonlySet<EventKind> = new Set([
  'dialogue',
  'talks',
  'phone_call',
  'summit',
  'meeting',
  'ministerial_meeting',
]);

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
