import * as z from 'zod';
import { checkArticleInvariants } from './article-invariants.js';
import { DateRef } from './date-ref.js';
import { Event } from './event.js';
import { Fact } from './fact.js';
import { PersonMention } from './person.js';
import { Sentence } from './source.js';
import { WebUrl } from './web-url.js';

/** What the text says about where and when the story was filed ("Hanoï, 9 février (VNA) –", or a byline's "envoyé spécial à Port-Vila"). */
export const Dateline = z.strictObject({
  place: z.string().min(1).nullable(),
  date: DateRef.nullable(),
  agency: z.string().min(1).nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

/** A block of the pasted text that is not part of the article, and why it was removed. */
export const Removal = z.strictObject({
  text: z.string(),
  reason: z.string().min(1),
  kind: z.string().min(1).optional(),
});
export type Removal = z.infer<typeof Removal>;

/** A glued-word repair: `from` in the pasted text became `to`, which starts at `start` in the body. */
export const Repair = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  start: z.int().nonnegative(),
});
export type Repair = z.infer<typeof Repair>;

/** Where the article came from: the input file and its bytes. */
export const ArticleSource = z.strictObject({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex SHA-256'),
  bytes: z.int().nonnegative(),
  ingestedAt: z.iso.datetime({ offset: true }),
});
export type ArticleSource = z.infer<typeof ArticleSource>;

/** The fields of an article, without the cross-field invariants. */
export const ArticleShape = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id of letters, digits and dashes'),
  title: z.string().min(1).nullable(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code such as "fr" or "en"'),
  publisher: z.string().min(1).nullable(),
  url: WebUrl.nullable(),
  published: DateRef.nullable(),
  dateline: Dateline.nullable(),
  body: z.string(),
  sentences: z.array(Sentence),
  removed: z.array(Removal),
  repairs: z.array(Repair),
  people: z.array(PersonMention),
  events: z.array(Event),
  facts: z.array(Fact),
  source: ArticleSource,
  warnings: z.array(z.string()),
});

/**
 * One cleaned, extracted article. Besides its fields' types, every offset points inside `body`,
 * every quote and sentence equals its slice, ids are unique and evidence points at real sentences.
 */
export const Article = ArticleShape.superRefine((article, ctx) => {
  for (const issue of checkArticleInvariants(article)) ctx.addIssue({ code: 'custom', ...issue });
});
export type Article = z.infer<typeof Article>;
