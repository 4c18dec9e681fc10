import { memo } from './memo.js';
import { STOPWORDS } from './stopwords.js';

/** Words of a line (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Whether a word is a French or English function word. */
export const isStopword = (word: string): boolean => STOPWORDS.has(word.toLowerCase());

// the classifier asks for the same blocks' counts many times over
/** How many words a line holds. */
export const wordCount: (text: string) => number = memo((text: string) => words(text).length, 4096);

/** Share of words that are French or English function words: prose is dense in them, names and menus are not. */
export function stopwordRatio(text: string): number {
  const ws = words(text);
  if (!ws.length) return 0;
  return ws.filter((w) => STOPWORDS.has(w.toLowerCase())).length / ws.length;
}

/** Whether the line ends like a sentence (period, question or exclamation mark, closing quote after one, ellipsis). */
export function endsLikeSentence(text: string): boolean {
  // read from the end (an end-anchored regex is tried at every position of a long paragraph)
  let i = lastNonSpace(text);
  while (i >= 0 && CLOSERS.includes(text.charAt(i))) i--;
  return i >= 0 && ENDS.includes(text.charAt(i));
}

const ENDS = '.!?…';
const CLOSERS = '"»”’)]';
const SPACE = /\s/;

/** Index of the last character that is not white space (what trim() keeps), or -1. */
function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text.charAt(i))) i--;
  return i;
}

/** A short line without sentence punctuation at its end: a headline, heading, menu item or name. */
export function isHeadlineShaped(text: string, maxWords = 25): boolean {
  const n = wordCount(text);
  return n > 0 && n <= maxWords && !endsLikeSentence(text) && !',;:'.includes(text.charAt(lastNonSpace(text)));
}

/** A paragraph of prose: ends like a sentence and is long enough to say something. */
export function isProse(text: string): boolean {
  return endsLikeSentence(text) && wordCount(text) >= 6;
}

/** Starts with a lower-case letter: the continuation of the line before it. */
export const startsLowerCase = (text: string): boolean => /^\p{Ll}/u.test(text);

/** A short line made of capitalised words (a name, not a sentence): "La Gazette du Fleuve Rouge". */
export function nameShaped(text: string): boolean {
  const ws = words(text);
  if (ws.length === 0 || ws.length > 8 || endsLikeSentence(text) || /[,;]/.test(text) || !/^\p{Lu}/u.test(text))
    return false;
  // "d'Asie" counts by its capital after the elision
  const content = ws.map((w) => w.replace(/^\p{Ll}{1,2}['’]/u, '')).filter((w) => !isStopword(w));
  if (!content.length) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.8;
}
