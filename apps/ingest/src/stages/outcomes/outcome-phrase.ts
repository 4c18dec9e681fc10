import type { OutcomeWords } from '../../resources/outcome-words.js';
import type { Span } from '../../text/span.js';

const MAX_LENGTH = 240;
const MAX_NAME_WORDS = 6;
const ARTICLE = /^(?:the|a|an|this|these|le|la|les|un|une|ce|cette|ces)$/iu;

/** Where an outcome phrase starting at `from` ends: its clause's end, `stop`, or the cap at a word. */
export function clauseEnd(text: string, folded: string, from: number, words: OutcomeWords, stop: number): number {
  const m = words.clauseEnd.exec(folded.slice(from + 1, stop));
  let end = m ? from + 1 + m.index : stop;
  end = text.slice(0, end).replace(/[\s.,;:!?"»”)]+$/u, '').length;
  if (end - from <= MAX_LENGTH) return end;
  const cut = text.slice(from, from + MAX_LENGTH);
  return from + Math.max(cut.lastIndexOf(' '), MAX_LENGTH - 30);
}

/** The start of a named thing: its word, with the name words before it ("Reciprocal Access Agreement"). */
export function nameStart(text: string, at: number, words: OutcomeWords): number {
  let start = at;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    const m = /(\S+)\s+$/u.exec(text.slice(0, start));
    const raw = m?.[1] ?? '';
    const word = raw.replace(/^[«"“(]+/u, '');
    if (!m || !word || /[,;:.)»”]$/u.test(raw) || !words.nameWords.test(word)) break;
    if (ARTICLE.test(word)) break; // "The agreement" at a sentence's start names nothing
    start = m.index;
    // "of"/"de" only inside a name: "General Security of Military Information Agreement"
    const link = /(?:^|\s)(?:of|on|for|and|de|du|des|sur)\s+$/iu.exec(text.slice(0, start));
    if (link && /\p{Lu}\S*\s+$/u.test(text.slice(0, link.index + 1)))
      start = link.index + (link[0].startsWith(' ') ? 1 : 0);
  }
  return start;
}

const MAX_SUBJECT = 90;

/**
 * The start of the clause a verb ends ("…, tandis que la commission mixte reprendra"): after the
 * last comma, semicolon, colon, "while"/"tandis que" or "said"/"that"/"que" before it (the reporter
 * is no part of the act); the verb itself when that is far.
 */
export function clauseStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - MAX_SUBJECT), at);
  const cut =
    /^(?:.*(?:[,;:]\s|\b(?:tandis qu['’]?e?|while|whereas|that|said|que|qu['’])\s?))?/su.exec(before)?.[0].length ?? 0;
  const from = at - before.length + cut;
  if (from === 0 || cut > 0) return from + (/^\s*/u.exec(text.slice(from))?.[0].length ?? 0);
  return at;
}

export const spanOf = (text: string, start: number, end: number): Span => ({
  start,
  end,
  text: text.slice(start, end),
});
