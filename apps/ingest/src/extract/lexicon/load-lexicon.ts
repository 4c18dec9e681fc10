import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eng, fra } from 'stopword';
import * as z from 'zod';
import { ExtractError } from '../extract-error.js';
import { foldKeepLength } from '../text/fold.js';

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
  planned: z.string().min(1),
  outcome: z.string().min(1),
  cochair: z.string().min(1),
  partOf: z.string().min(1),
  prior: z.string().min(1),
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
  /** A dictionary word (French or English), as written or without accents: a run of them is not a name. */
  isWord(word: string): boolean;
  /** Lower-cased function words (French and English). */
  stopwords: ReadonlySet<string>;
}

let cached: Lexicon | undefined;

/** A word-list package's array, read as plain JSON (importing it as a module is several times slower). */
function readWordList(pkg: string): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(pkg), 'utf8'));
  } catch (cause) {
    throw new ExtractError('lexicon_unreadable', `cannot read word list ${pkg}`, { cause });
  }
  if (!Array.isArray(raw) || !raw.every((w) => typeof w === 'string')) {
    throw new ExtractError('lexicon_invalid', `word list ${pkg} is not an array of strings`);
  }
  return raw;
}

function wordLookup(words: readonly string[]): (word: string) => boolean {
  const set = new Set(words);
  // the lists are lower case; a word written without its accents ("Assemblee") is rare enough to miss
  return (word) => {
    const lower = word.toLowerCase();
    return set.has(lower) || set.has(foldKeepLength(lower));
  };
}

/** Loads and validates the lexicons once per process. */
export function loadLexicon(): Lexicon {
  cached ??= {
    titles: readData('titles.json', TitlesFile),
    gazetteer: readData('gazetteer.json', GazetteerFile),
    kinds: readData('kinds.json', KindsFile),
    // both spellings: names are looked up folded ("assemblee") and as written ("assemblée")
    isWord: wordLookup([...readWordList('an-array-of-french-words'), ...readWordList('an-array-of-english-words')]),
    stopwords: new Set([...fra, ...eng].map((w) => w.toLowerCase())),
  };
  return cached;
}
