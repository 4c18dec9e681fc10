// Written by hand: the same scan as /[\p{L}\p{N}]+(?:['+-][\p{L}\p{N}]+)*/gu, which V8 runs about
// five times slower (a Unicode property test per character and a match array per word); at 10k
// articles the sentence index scans ~8 MB of text.

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// per UTF-16 unit below the surrogates: 0 not yet known, 1 a letter or digit, 2 not
const kinds = new Uint8Array(0xd800);
for (let c = 0; c < 128; c++) kinds[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;

/** The length of the letter or digit at `i` (1, or 2 for a pair of surrogates), or 0 for another character. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800) {
    let kind = kinds[c] as number;
    if (kind === 0) {
      kind = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      kinds[c] = kind;
    }
    return kind === 1 ? 1 : 0;
  }
  if (c >= 0xe000) return WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  const cp = text.codePointAt(i) ?? c;
  return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

const isJoiner = (c: number) => c === 39 /* ' */ || c === 43 /* + */ || c === 45; /* - */

/** Calls `each` with every word of the text: letters and digits, joined by single ', + or -. */
export function forEachWord(text: string, each: (word: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (w > 0) {
        i += w;
        w = i < n ? wordCharAt(text, i) : 0;
      }
      // a joiner belongs to the word only when a letter or digit follows it
      if (i + 1 < n && isJoiner(text.charCodeAt(i))) {
        w = wordCharAt(text, i + 1);
        if (w > 0) {
          i += 1;
          continue;
        }
      }
      break;
    }
    each(text.slice(start, i));
  }
}
