import * as z from 'zod';
import { DateRef } from './date-ref.js';
import { Participant } from './person.js';
import { CountryCode, Source } from './source.js';

/** The kinds of meeting Kizuna knows. */
export const EventKind = z.enum([
  'dialogue',
  'talks',
  'phone_call',
  'visit',
  'summit',
  'meeting',
  'reception',
  'ministerial_meeting',
  'signing',
  'other',
]);
export type EventKind = z.infer<typeof EventKind>;

/** Where an event took place. */
export const Place = z.strictObject({ name: z.string().min(1), country: CountryCode.nullable() });
export type Place = z.infer<typeof Place>;

/** A meeting reported by one article, every field backed by `evidence`. */
export const Event = z.strictObject({
  id: z.string().min(1),
  kind: EventKind,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  ordinal: z.int().positive().nullable(),
  series: z.string().min(1).nullable(),
  date: DateRef.nullable(),
  place: Place.nullable(),
  participants: z.array(Participant),
  outcomes: z.array(z.string().min(1)),
  /**
   * For a signing ceremony held at a meeting, the id of that meeting (an event of the same
   * article; in a corpus, the merged meeting): the documents signed are its outcomes too.
   */
  partOf: z.string().min(1).nullable().optional(),
  evidence: z.array(Source).min(1),
});
export type Event = z.infer<typeof Event>;
