import { foldKeepLength } from '../text/fold.js';
import { readWordListPackage } from './data-files.js';
import { cachedSortedWords, codeUnitSort, packageVersion, sortedLookup } from './word-cache.js';

const LISTS = ['an-array-of-french-words', 'an-array-of-english-words'] as const;

/**
 * Whether a word is a French or English dictionary word, as written or without its accents
 * (the `an-array-of-*-words` lists): a run of them is not a person's name.
 */
export async function loadCommonWords(): Promise<(word: string) => boolean> {
  const name = `common-words-${LISTS.map(packageVersion).join('-')}`;
  const sorted = await cachedSortedWords(name, async () => {
    const lists = await Promise.all(LISTS.map(readWordListPackage));
    return codeUnitSort(new Set(lists.flat()));
  });
  const has = sortedLookup(sorted);
  // the lists are lower case; a word written without its accents ("Assemblee") is rare enough to miss
  return (word) => {
    const lower = word.toLowerCase();
    return has(lower) || has(foldKeepLength(lower));
  };
}
