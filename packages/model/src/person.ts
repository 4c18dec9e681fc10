import * as z from 'zod';
import { CountryCode, Source } from './source.js';

/** A person named in an article, with the role and country the text gives, and where it says so. */
export const PersonMention = z.strictObject({
  name: z.string().min(1),
  key: z.string().min(1),
  role: z.string().min(1).nullable(),
  country: CountryCode.nullable(),
  quote: z.string().min(1),
  source: Source,
});
export type PersonMention = z.infer<typeof PersonMention>;

/** A person taking part in an event. */
export const Participant = z.strictObject({
  name: z.string().min(1),
  key: z.string().min(1),
  role: z.string().min(1).nullable(),
  country: CountryCode.nullable(),
});
export type Participant = z.infer<typeof Participant>;
