import type { Span } from './span.js';

const nextIndex = (text: string, i: number) => i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/**
 * The matches of a global regex that do not start right after a character `before` (a class
 * anchored at the end: /[\p{L}\p{N}]$/u) matches: what `(?<!…)re` finds. A look-behind at the front
 * of a pattern keeps the regex engine from skipping ahead to the places the pattern can start, so
 * the check is made here, and the search resumes one character on after a refused start. For
 * patterns that cannot start inside a surrogate pair (all of ours start with a letter or a space).
 */
export function matchesNotAfter(text: string, re: RegExp, before: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (start > 0 && before.test(text.slice(Math.max(0, start - 2), start))) {
      re.lastIndex = nextIndex(text, start);
      continue;
    }
    if (m[0].length === 0) re.lastIndex = nextIndex(text, start);
    out.push(m);
  }
  return out;
}

/** Whether `matchesNotAfter` would find anything (stops at the first match). */
export function hasMatchNotAfter(text: string, re: RegExp, before: RegExp): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (start === 0 || !before.test(text.slice(Math.max(0, start - 2), start))) return true;
    re.lastIndex = nextIndex(text, start);
  }
  return false;
}

/** A letter just before: the match would start inside a word. */
export const LETTER_BEFORE = /\p{L}$/u;
/** A letter or number just before. */
export const LETTER_OR_NUMBER_BEFORE = /[\p{L}\p{N}]$/u;

/** The matches of `re` in the folded text that do not start inside a word, as spans of `text` (trailing spaces trimmed). */
export function wordStartSpans(text: string, re: RegExp, folded: string, notAfter = LETTER_OR_NUMBER_BEFORE): Span[] {
  return matchesNotAfter(folded, re, notAfter).map((m) => {
    const end = m.index + m[0].trimEnd().length;
    return { start: m.index, end, text: text.slice(m.index, end) };
  });
}
