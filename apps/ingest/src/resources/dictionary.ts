import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '@kizuna/model';
import { memo } from '../text/memo.js';

const require = createRequire(import.meta.url);

/** Lower-case word lookups of one language: what the repair stage asks before splitting a glued token. */
export interface Dictionary {
  has(word: string): boolean;
}

// Two sources per language: the MIT word list has the inflected forms, the Hunspell dictionary's stems
// add what the list lacks (Vietnam, Hanoï, cybersécurité). Expanding Hunspell affixes ourselves
// would cost seconds per run for little gain over this union.
const SOURCES: Record<string, { list: string; hunspell: string }> = {
  fr: { list: 'an-array-of-french-words', hunspell: 'dictionary-fr' },
  en: { list: 'an-array-of-english-words', hunspell: 'dictionary-en' },
};

/** The languages a dictionary is bundled for. */
export const DICTIONARY_LANGUAGES: readonly string[] = Object.keys(SOURCES);

// Building the union takes about a second (JSON parse + Set of 370k words); a cached sorted list
// loads in a tenth of that and is searched by bisection, with no Set to build.
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/kizuna-ingest/', import.meta.url));

function packageVersion(name: string): string {
  const main = require.resolve(name);
  for (let dir = dirname(main); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '0';
    } catch {
      // no package.json at this level
    }
  }
  return '0';
}

/** The sorted, de-duplicated lower-case words of a language's sources. */
export function dictionaryWords(language: string): string[] {
  const source = SOURCES[language];
  if (!source) return [];
  const words = new Set<string>();
  for (const w of JSON.parse(readFileSync(require.resolve(source.list), 'utf8')) as string[])
    words.add(w.toLowerCase());
  const dic = readFileSync(join(dirname(require.resolve(source.hunspell)), 'index.dic'), 'utf8');
  for (const line of dic.split('\n')) {
    const w = line.split('/')[0]?.trim();
    if (w && !/^\d+$/.test(w)) words.add(w.toLowerCase());
  }
  // code-unit order, the order the bisection compares in
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A dictionary over a sorted word list. */
export function sortedDictionary(sorted: readonly string[]): Dictionary {
  const search = (word: string): boolean => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = sorted[mid] as string;
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  // the same words come back in every article: a bisection is ~19 string comparisons, a Map hit one
  return { has: memo(search, 100_000) };
}

async function cachedWords(language: string, source: { list: string; hunspell: string }): Promise<string[]> {
  const file = join(
    CACHE_DIR,
    `lexicon-${language}-${packageVersion(source.list)}-${packageVersion(source.hunspell)}.txt`,
  );
  try {
    return (await readFile(file, 'utf8')).split('\n');
  } catch {
    const words = dictionaryWords(language);
    // a read-only install still works, only slower
    await writeAtomic(file, (handle) => handle.writeFile(words.join('\n'))).catch(() => undefined);
    return words;
  }
}

/** The dictionary of a language, or null when none is bundled. */
export async function loadDictionary(language: string): Promise<Dictionary | null> {
  const source = SOURCES[language];
  return source ? sortedDictionary(await cachedWords(language, source)) : null;
}
