import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cachedSortedWords, codeUnitSort, packageVersion, sortedLookup } from './word-cache.js';

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
  return codeUnitSort(words);
}

/** A dictionary over a sorted word list. */
export function sortedDictionary(sorted: readonly string[]): Dictionary {
  return { has: sortedLookup(sorted) };
}

/** The dictionary of a language, or null when none is bundled. */
export async function loadDictionary(language: string): Promise<Dictionary | null> {
  const source = SOURCES[language];
  if (!source) return null;
  const name = `lexicon-${language}-${packageVersion(source.list)}-${packageVersion(source.hunspell)}`;
  return sortedDictionary(await cachedSortedWords(name, () => dictionaryWords(language)));
}
