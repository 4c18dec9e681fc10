import * as z from 'zod';
import { Article } from './article.js';
import { DateRef } from './date-ref.js';
import { Event, Place } from './event.js';
import { CountryCode, Source } from './source.js';

/** One reading of a field where articles may disagree, with the sources that give it. */
const reading = <T extends z.ZodType>(value: T) => z.strictObject({ value, sources: z.array(Source).min(1) });

/** One outcome of a merged meeting: the wording shown, the other wordings, and every source that tells it. */
export const OutcomeReading = z.strictObject({
  text: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  sources: z.array(Source).min(1),
});
export type OutcomeReading = z.infer<typeof OutcomeReading>;

/** A meeting merged across every article that reports it. `evidence` holds every article's sources. */
export const CorpusEvent = Event.extend({
  articleIds: z.array(z.string().min(1)).min(1),
  /** Every date the sources give, first the one shown; more than one means they disagree. */
  dates: z.array(reading(DateRef)),
  /** Every place the sources give, first the one shown. */
  places: z.array(reading(Place)),
  /**
   * Every outcome once, with all its sources: the same document or decision told by two articles
   * (in either language) is one; those of a signing ceremony held at the meeting are included.
   * Absent in corpora merged before outcomes were merged.
   */
  outcomeSources: z.array(OutcomeReading).optional(),
});
export type CorpusEvent = z.infer<typeof CorpusEvent>;

/** A role a person held, with the sources that say so. */
export const CorpusRole = z.strictObject({ role: z.string().min(1), sources: z.array(Source).min(1) });
export type CorpusRole = z.infer<typeof CorpusRole>;

/** A person merged across articles: every spelling, role and meeting. */
export const CorpusPerson = z.strictObject({
  key: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** The country most articles give the person (each article counts once). */
  country: CountryCode.nullable(),
  /**
   * Present only when articles disagree: every country given, with the mentions that give it, the
   * most articles first. A real conflict is kept, not hidden by the majority.
   */
  countryConflict: z.array(z.strictObject({ country: CountryCode, sources: z.array(Source) })).optional(),
  roles: z.array(CorpusRole),
  mentions: z.array(Source),
  /** Ids of the corpus events this person took part in. */
  events: z.array(z.string().min(1)),
});
export type CorpusPerson = z.infer<typeof CorpusPerson>;

/** Every article, with meetings and people merged across them. */
export const Corpus = z.strictObject({
  articles: z.array(Article),
  events: z.array(CorpusEvent),
  people: z.array(CorpusPerson),
});
export type Corpus = z.infer<typeof Corpus>;
