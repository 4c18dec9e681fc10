import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// Two sources per language: the MIT word list has the inflected forms, the Hunspell dictionary's stems
// add what the list lacks (Vietnam, Hanoï, cybersécurité). Expanding Hunspell affixes ourselves
// would cost seconds per run for little gain over this union.
const SOURCES: Record<string, { list: string; hunspell: string }> = {
  fr: { list: 'an-array-of-french-words', hunspell: 'dictionary-fr' },
  en: { list: 'an-array-of-english-words', hunspell: 'dictionary-en' },
};

const cache = new Map<string, ReadonlySet<string>>();

/** The lower-case word set of a language, or null when none is bundled. Loaded once per process. */
export function loadLexicon(language: string): ReadonlySet<string> | null {
  const hit = cache.get(language);
  if (hit) return hit;
  const source = SOURCES[language];
  if (!source) return null;
  const words = new Set<string>();
  for (const w of JSON.parse(readFileSync(require.resolve(source.list), 'utf8')) as string[])
    words.add(w.toLowerCase());
  const dic = readFileSync(join(dirname(require.resolve(source.hunspell)), 'index.dic'), 'utf8');
  for (const line of dic.split('\n')) {
    const w = line.split('/')[0]?.trim();
    if (w && !/^\d+$/.test(w)) words.add(w.toLowerCase());
  }
  cache.set(language, words);
  return words;
}
