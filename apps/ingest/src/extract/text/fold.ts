import { foldText } from '@kizuna/model';

/**
 * Folds case and diacritics one UTF-16 unit at a time, so offsets in the folded text are offsets
 * in the original (foldText alone turns œ into two letters). Apostrophes become '.
 */
export function foldKeepLength(text: string): string {
  let out = '';
  for (const ch of text.split('')) {
    if (ch === '’' || ch === 'ʼ') {
      out += "'";
      continue;
    }
    const f = foldText(ch);
    out += f.length === 1 ? f : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  return out;
}
