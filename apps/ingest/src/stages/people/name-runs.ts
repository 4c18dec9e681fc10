import { memo } from '../../text/memo.js';
import type { Span } from '../../text/span.js';

/** A run of capitalised words that may be a person's name, with its words. */
export interface NameRun extends Span {
  tokens: Span[];
}

const TOKEN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}\p{N}])/gu;
const isAllCaps = (t: string) => t.length >= 2 && t === t.toUpperCase();
// "Mohammed VI", "Charles III", "Lloyd J. Austin III": a regnal or generational number ends a name
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;
// "HAYASHI Yoshimasa": some outlets write the family name in capitals; acronyms are shorter or alone
const CAPS_SURNAME = /^\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u;
// lowercase particles inside a name ("bin Salman", "von der Leyen", "da Silva", "al-Kaabi"); French
// "de"/"le" are left out: in running French text they are far more often a preposition or article
const PARTICLES = /^ (?:(?:bin|ben|bint|ibn|von|van|der|den|da|dos|das|zu|ould|al|el) )+$|^ (?:al|el|ad|as|ash|at)-$/u;
// single letters that are words, not initials ("A", French "À", "Y"), and "M" (French for Mr)
const NOT_INITIAL = /^[AIMYOÀÉ]$/u;

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

/** True when `gap` (the text between two words) keeps them in one name. */
const joins = (gap: string) => /^ {1,2}$/.test(gap) || PARTICLES.test(gap);

/**
 * Runs of capitalised words separated by single spaces (or name particles), cut wherever `isBreak`
 * says a word cannot be part of a name (a title, a country, a month...). "Jr." stays with the name
 * before it.
 */
export function nameRuns(text: string, isBreak: (token: Span) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  let current: Span[] = [];
  const tokens = capitalised(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Span;
    const prev = current[current.length - 1];
    if (prev && !joins(text.slice(prev.end, token.start))) current = flush(runs, current, text);
    const initial = initialOf(token, text);
    if (initial) {
      current.push(initial);
      // "L.P.": the letters after the first are inside the initials just taken
      while ((tokens[i + 1]?.start ?? Number.POSITIVE_INFINITY) < initial.end) i++;
      continue;
    }
    const last = current[current.length - 1];
    if (last && REGNAL.test(token.text)) {
      current.push(token);
      current = flush(runs, current, text);
      continue;
    }
    if (token.text.length < 2 || isBreak(token)) {
      current = flush(runs, current, text);
      continue;
    }
    // "Antony J. BLINKEN": after initials, the given name before them counts
    const given = last && isInitialSpan(last) ? current.find((t) => !isInitialSpan(t)) : last;
    if (isAllCaps(token.text) && !capsSurname(token, given, tokens[i + 1], text, isBreak)) {
      current = flush(runs, current, text);
      continue;
    }
    current.push(token);
  }
  flush(runs, current, text);
  return runs;
}

/** A family name in capitals next to a given name written in the ordinary way ("HAYASHI Yoshimasa"). */
function capsSurname(
  token: Span,
  last: Span | undefined,
  next: Span | undefined,
  text: string,
  isBreak: (token: Span) => boolean,
): boolean {
  if (!CAPS_SURNAME.test(token.text)) return false;
  const mixed = (t: Span | undefined) => !!t && t.text.length >= 2 && !isAllCaps(t.text) && !isInitialSpan(t);
  if (mixed(last)) return true;
  return mixed(next) && !!next && text.slice(token.end, next.start) === ' ' && !isBreak(next);
}

/**
 * An initial in a name ("S. Jaishankar", "John F. Kennedy", "S Jaishankar", "Lloyd J Austin"): one
 * capital, with or without a dot, after a space or the start, before a space and a capitalised
 * word. Not "U.S." (a dot before it), and not "M." (French for Mr, a courtesy title).
 */
function initialOf(token: Span, text: string): Span | null {
  if (token.text.length !== 1) return null;
  const before = text[token.start - 1];
  if (before !== undefined && before !== ' ') return null;
  // "Retno L.P. MARSUDI": several initials in one
  const several = /^(?:\p{Lu}\.){2,3}(?= \p{Lu})/u.exec(text.slice(token.start, token.start + 8));
  if (several) return { start: token.start, end: token.start + several[0].length, text: several[0] };
  if (NOT_INITIAL.test(token.text)) return null;
  const dotted = text[token.end] === '.';
  const after = text.slice(token.end + (dotted ? 1 : 0), token.end + (dotted ? 5 : 4));
  // the next word written normally, or a family name in capitals ("Antony J. BLINKEN")
  if (!/^ \p{Lu}(?:\p{Ll}|\p{Lu}\p{Lu})/u.test(after)) return null;
  return dotted ? { start: token.start, end: token.end + 1, text: `${token.text}.` } : token;
}

const isInitialSpan = (t: Span) => t.text.length === 1 || /^(?:\p{Lu}\.)+$/u.test(t.text);

/** Ends the current run (a module function: a closure would be rebuilt for every sentence); a new run. */
function flush(runs: NameRun[], current: Span[], text: string): Span[] {
  // initials count only inside a name: a run cut after one keeps the name before it, if any
  while (current.length && isInitialSpan(current[current.length - 1] as Span)) current.pop();
  if (current.every((t) => isInitialSpan(t) || REGNAL.test(t.text))) return [];
  const first = current[0];
  const last = current[current.length - 1];
  if (first && last) {
    let end = last.end;
    if (/^(?:Jr|Sr)$/.test(last.text) && text[end] === '.') end += 1;
    runs.push({ start: first.start, end, text: text.slice(first.start, end), tokens: current });
  }
  return [];
}
