import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '@kizuna/model';
import { memo } from '../text/memo.js';

const require = createRequire(import.meta.url);

// Parsing a word list package and building a Set of its ~300k words costs a second or more per
// process (most of it garbage collection); a cached sorted list loads in a tenth of that and is
// searched by bisection, with no Set to build. Every CLI run and every test child pays this.
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/kizuna-ingest/', import.meta.url));

/** The installed version of a package, part of a cache file's name so an upgrade rebuilds it. */
export function packageVersion(name: string): string {
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

/** Sorts words in code-unit order, the order the bisection compares in. */
export function codeUnitSort(words: Iterable<string>): string[] {
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The sorted words cached under `name`, built (and cached) by `build` when the cache is missing. */
export async function cachedSortedWords(name: string, build: () => Promise<string[]> | string[]): Promise<string[]> {
  const file = join(CACHE_DIR, `${name}.txt`);
  try {
    return (await readFile(file, 'utf8')).split('\n');
  } catch {
    const words = await build();
    // a read-only install still works, only slower
    await writeAtomic(file, (handle) => handle.writeFile(words.join('\n'))).catch(() => undefined);
    return words;
  }
}

/** Membership in a sorted word list by bisection, memoised. */
export function sortedLookup(sorted: readonly string[]): (word: string) => boolean {
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
  return memo(search, 100_000);
}
