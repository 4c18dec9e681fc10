import { readFileSync } from 'node:fs';
import { foldText } from '@kizuna/model';
import englishWords from 'an-array-of-english-words' with { type: 'json' };
import frenchWords from 'an-array-of-french-words' with { type: 'json' };
import { eng, fra } from 'stopword';
import * as z from 'zod';
import { ExtractError } from '../extract-error.js';

const TitlesFile = z.object({
  titles: z.array(z.strictObject({ text: z.string().min(1), priority: z.int().min(1).max(3) })),
  courtesy: z.array(z.string().min(1)),
  nameSuffixes: z.array(z.string().min(1)),
});
const GazetteerFile = z.object({
  countries: z.array(
    z.strictObject({
      code: z.string().regex(/^[A-Z]{2}$/),
      names: z.array(z.string().min(1)),
      adjectives: z.array(z.string().min(1)),
    }),
  ),
  cities: z.array(z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/), names: z.array(z.string().min(1)) })),
  familyNames: z.record(z.string(), z.array(z.string().min(1))),
});
const KindsFile = z.object({
  triggers: z.array(z.strictObject({ kind: z.string().min(1), pattern: z.string().min(1) })),
  frame: z.string().min(1),
  background: z.string().min(1),
  passing: z.string().min(1),
  outcome: z.string().min(1),
  cochair: z.string().min(1),
});
export type TitlesFile = z.infer<typeof TitlesFile>;
export type GazetteerFile = z.infer<typeof GazetteerFile>;
export type KindsFile = z.infer<typeof KindsFile>;

function readData<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const url = new URL(`../../../data/${name}`, import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8'));
  } catch (cause) {
    throw new ExtractError('lexicon_unreadable', `cannot read lexicon ${name}`, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ExtractError('lexicon_invalid', `lexicon ${name} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** The data files the extraction stages read (titles, gazetteer, meeting kinds) and the word lists. */
export interface Lexicon {
  titles: TitlesFile;
  gazetteer: GazetteerFile;
  kinds: KindsFile;
  /** Lower-cased dictionary words (French and English): a run of them is not a person's name. */
  words: ReadonlySet<string>;
  /** Lower-cased function words (French and English). */
  stopwords: ReadonlySet<string>;
}

let cached: Lexicon | undefined;

/** Loads and validates the lexicons once per process. */
export function loadLexicon(): Lexicon {
  cached ??= {
    titles: readData('titles.json', TitlesFile),
    gazetteer: readData('gazetteer.json', GazetteerFile),
    kinds: readData('kinds.json', KindsFile),
    // both spellings: names are looked up folded ("assemblee") and as written ("assemblée")
    words: new Set([...frenchWords, ...englishWords].flatMap((w) => [w.toLowerCase(), foldText(w)])),
    stopwords: new Set([...fra, ...eng].map((w) => w.toLowerCase())),
  };
  return cached;
}
