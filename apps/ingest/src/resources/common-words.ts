import { foldKeepLength } from '../text/fold.js';
import { readWordListPackage } from './data-files.js';

/**
 * Whether a word is a French or English dictionary word, as written or without its accents
 * (the `an-array-of-*-words` lists): a run of them is not a person's name.
 */
export async function loadCommonWords(): Promise<(word: string) => boolean> {
  const [fr, en] = await Promise.all([
    readWordListPackage('an-array-of-french-words'),
    readWordListPackage('an-array-of-english-words'),
  ]);
  const set = new Set([...fr, ...en]);
  // the lists are lower case; a word written without its accents ("Assemblee") is rare enough to miss
  return (word) => {
    const lower = word.toLowerCase();
    return set.has(lower) || set.has(foldKeepLength(lower));
  };
}
