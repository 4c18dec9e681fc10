import { memo } from '../../text/memo.js';
import type { Span } from '../../text/span.js';

/** A run of capitalised words that may be a person's name, with its words. */
export interface NameRun extends Span {
  tokens: Span[];
}

const TOKEN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}\p{N}])/gu;
const isAllCaps = (t: string) => t.length >= 2 && t === t.toUpperCase() && !/^(?:II|III|IV)$/.test(t);

// each sentence is cut into name runs twice (titled people, then known people): its capitalised
// words are read once. The spans are shared, never changed.
const capitalised = memo(
  (text: string): readonly Span[] =>
    [...text.matchAll(TOKEN)].map((m) => {
      const start = m.index ?? 0;
      return { start, end: start + m[0].length, text: m[0] };
    }),
  256,
);

/**
 * Runs of capitalised words separated by single spaces, cut wherever `isBreak` says a word cannot
 * be part of a name (a title, a country, a month...). "Jr." stays with the name before it.
 */
export function nameRuns(text: string, isBreak: (token: Span) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  let current: Span[] = [];
  for (const token of capitalised(text)) {
    if (isInitial(token, text)) {
      const prev = current[current.length - 1];
      if (prev && !/^ {1,2}$/.test(text.slice(prev.end, token.start))) current = flush(runs, current, text);
      current.push({ start: token.start, end: token.end + 1, text: `${token.text}.` });
      continue;
    }
    if (token.text.length < 2 || isAllCaps(token.text) || isBreak(token)) {
      current = flush(runs, current, text);
      continue;
    }
    const prev = current[current.length - 1];
    if (prev && !/^ {1,2}$/.test(text.slice(prev.end, token.start))) current = flush(runs, current, text);
    current.push(token);
  }
  flush(runs, current, text);
  return runs;
}

/**
 * An initial in a name ("S. Jaishankar", "John F. Kennedy"): one capital and a dot, after a space
 * or the start, before a space and a capitalised word. Not "U.S." (a dot before it), and not "M."
 * (French for Mr, a courtesy title, not part of the name).
 */
function isInitial(token: Span, text: string): boolean {
  if (token.text.length !== 1 || token.text === 'M' || text[token.end] !== '.') return false;
  const before = text[token.start - 1];
  if (before !== undefined && before !== ' ') return false;
  return /^ \p{Lu}\p{Ll}/u.test(text.slice(token.end + 1, token.end + 4));
}

const isInitialSpan = (t: Span) => t.text.length === 2 && t.text.endsWith('.');

/** Ends the current run (a module function: a closure would be rebuilt for every sentence); a new run. */
function flush(runs: NameRun[], current: Span[], text: string): Span[] {
  // initials count only inside a name: a run cut after one keeps the name before it, if any
  while (current.length && isInitialSpan(current[current.length - 1] as Span)) current.pop();
  if (current.every(isInitialSpan)) return [];
  const first = current[0];
  const last = current[current.length - 1];
  if (first && last) {
    let end = last.end;
    if (/^(?:Jr|Sr)$/.test(last.text) && text[end] === '.') end += 1;
    runs.push({ start: first.start, end, text: text.slice(first.start, end), tokens: current });
  }
  return [];
}
