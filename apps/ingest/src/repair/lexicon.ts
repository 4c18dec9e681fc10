import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Lower-case word lookups. */
export interface Lexicon {
  has(word: string): boolean;
}

// Two sources per language: the MIT word list has the inflected forms, the Hunspell dictionary's stems
// add what the list lacks (Vietnam, Hanoï, cybersécurité). Expanding Hunspell affixes ourselves
// would cost seconds per run for little gain over this union.
const SOURCES: Record<string, { list: string; hunspell: string }> = {
  fr: { list: 'an-array-of-french-words', hunspell: 'dictionary-fr' },
  en: { list: 'an-array-of-english-words', hunspell: 'dictionary-en' },
};

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
export function buildWordList(language: string): string[] {
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

/** A lexicon over a sorted word list. */
export function sortedLexicon(sorted: readonly string[]): Lexicon {
  // the same words come back in every article: a bisection is ~19 string comparisons, a Map hit one
  const answers = new Map<string, boolean>();
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
  return {
    has(word: string): boolean {
      let found = answers.get(word);
      if (found === undefined) {
        found = search(word);
        if (answers.size >= 100_000) answers.clear();
        answers.set(word, found);
      }
      return found;
    },
  };
}

function cachedWordList(language: string): string[] {
  const source = SOURCES[language];
  if (!source) return [];
  const file = join(
    CACHE_DIR,
    `lexicon-${language}-${packageVersion(source.list)}-${packageVersion(source.hunspell)}.txt`,
  );
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    const words = buildWordList(language);
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, words.join('\n'));
      renameSync(temp, file);
    } catch {
      // a read-only install still works, only slower
    }
    return words;
  }
}

const cache = new Map<string, Lexicon>();

/** The lexicon of a language, or null when none is bundled. Loaded once per process. */
export function loadLexicon(language: string): Lexicon | null {
  const hit = cache.get(language);
  if (hit) return hit;
  if (!SOURCES[language]) return null;
  const lexicon = sortedLexicon(cachedWordList(language));
  cache.set(language, lexicon);
  return lexicon;
}
