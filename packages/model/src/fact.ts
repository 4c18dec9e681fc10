import * as z from 'zod';
import { Source } from './source.js';

/** What a fact tells about its subject. */
export const FactKind = z.enum(['meeting', 'date', 'place', 'participant', 'role', 'outcome', 'statement', 'other']);
export type FactKind = z.infer<typeof FactKind>;

/** A short statement about an event or a person, with the verbatim quote that backs it. */
export const Fact = z.strictObject({
  id: z.string().min(1),
  /** An event id of the same article, or a person key. */
  about: z.string().min(1),
  kind: FactKind,
  text: z.string().min(1),
  quote: z.string().min(1),
  source: Source,
});
export type Fact = z.infer<typeof Fact>;
