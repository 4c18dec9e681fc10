import { foldText } from '@kizuna/model';
import { memo } from './memo.js';

// ASCII folds to its lower case one unit at a time; most sentences are ASCII only
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included, on purpose
const ASCII = /^[\x00-\x7f]*$/;

const foldUnit = memo((ch: string): string => {
  if (ch === '’' || ch === 'ʼ') return "'";
  const folded = foldText(ch);
  return folded.length === 1 ? folded : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
});

function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    out += text.slice(from, i).toLowerCase() + foldUnit(text.charAt(i));
    from = i + 1;
  }
  return out + text.slice(from).toLowerCase();
}

// each sentence is folded by several stages in turn (titles, places, triggers, dates); short words
// fold faster than they are looked up
const MEMO_FROM = 40;
const foldLong = memo(fold, 256);

/**
 * Folds case and diacritics one UTF-16 unit at a time, so offsets in the folded text are offsets
 * in the original (foldText alone turns œ into two letters). Apostrophes become '.
 */
export function foldKeepLength(text: string): string {
  return text.length < MEMO_FROM ? fold(text) : foldLong(text);
}
