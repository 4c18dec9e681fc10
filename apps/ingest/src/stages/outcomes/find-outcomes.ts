import type { OutcomeWords } from '../../resources/outcome-words.js';
import { foldKeepLength } from '../../text/fold.js';
import { LETTER_BEFORE, matchesNotAfter } from '../../text/not-after.js';
import type { Span } from '../../text/span.js';

const MAX_LENGTH = 240;
const MAX_NAME_WORDS = 6;
/** "and a memorandum", ", the agreement": the next document is a phrase of its own. */
const NEW_PHRASE = /(?:,|\b(?:and|et|or|ou|as well as|ainsi que))\s+(?:(?:a|an|the|un|une|le|la|les|l'|des|deux|two|three|trois|several|plusieurs)\s+)\S*$/iu;

/** Where an outcome phrase starting at `from` ends: its clause's end, the sentence's or the cap. */
function clauseEnd(text: string, folded: string, from: number, words: OutcomeWords, stop: number): number {
  const rest = folded.slice(from, stop);
  const m = words.clauseEnd.exec(rest.slice(1));
  let end = m ? from + 1 + m.index : stop;
  end = text.slice(0, end).replace(/[\s.,;:!?"»”)]+$/u, '').length;
  if (end - from <= MAX_LENGTH) return end;
  const cut = text.slice(from, from + MAX_LENGTH);
  return from + Math.max(cut.lastIndexOf(' '), MAX_LENGTH - 30);
}

/** The start of a document's name: the document word, with the name words before it ("Reciprocal Access Agreement"). */
function nameStart(text: string, at: number, words: OutcomeWords): number {
  let start = at;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    const before = text.slice(0, start);
    const m = /(\S+)\s+$/u.exec(before);
    const word = m?.[1]?.replace(/^[«"“(]+/u, '');
    if (!m || !word || /[,;:.)»”]$/u.test(m[1] ?? '') || !words.nameWords.test(word)) break;
    // "of"/"de" only inside a name: "General Security of Military Information Agreement"
    start = m.index;
    const link = /(?:^|\s)(?:of|on|for|and|de|du|des|sur)\s+$/iu.exec(text.slice(0, start));
    if (link && /\p{Lu}\S*\s+$/u.test(text.slice(0, link.index + 1))) start = link.index + (link[0].startsWith(' ') ? 1 : 0);
  }
  return start;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** Document phrases: one per document, several documents joined by "and a…" are several phrases. */
function documentSpans(text: string, folded: string, words: OutcomeWords): Span[] {
  const hits = matchesNotAfter(folded, words.documents, LETTER_BEFORE).filter(
    (m) => !/d'$/u.test(folded.slice(Math.max(0, m.index - 2), m.index)),
  );
  const out: Span[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (!hit) continue;
    const start = nameStart(text, hit.index, words);
    if (out.some((s) => s.end > start)) continue;
    // a following document joined without a new article ("accords et mémorandums") is the same phrase
    let stop = text.length;
    for (const next of hits.slice(i + 1)) {
      if (NEW_PHRASE.test(folded.slice(hit.index, next.index))) {
        stop = next.index;
        break;
      }
    }
    out.push(span(text, start, clauseEnd(text, folded, hit.index, words, stop)));
  }
  return out;
}

/** Decisions and commitments ("agreed to open…"), unless they only voice a view or name a document found already. */
function decisionSpans(text: string, folded: string, words: OutcomeWords, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of matchesNotAfter(folded, words.decisions, LETTER_BEFORE)) {
    const after = m.index + m[0].length;
    if (words.stances.test(folded.slice(after, after + 80))) continue;
    const end = clauseEnd(text, folded, m.index, words, text.length);
    if ([...taken, ...out].some((s) => s.start < end && m.index < s.end)) continue;
    if ([...taken, ...out].some((s) => s.start >= m.index && s.start <= end)) continue;
    if (end - after < 8) continue;
    out.push(span(text, m.index, end));
  }
  return out;
}

/** Money given, lent or promised ("$500 million in foreign military financing"). */
function amountSpans(text: string, folded: string, words: OutcomeWords, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of matchesNotAfter(folded, words.amounts, LETTER_BEFORE)) {
    if ([...taken, ...out].some((s) => s.start <= m.index && m.index < s.end)) continue;
    out.push(span(text, nameStart(text, m.index, words), clauseEnd(text, folded, m.index, words, text.length)));
  }
  return out;
}

/**
 * The outcomes one sentence names, as phrases of it: each document signed or adopted (with its
 * name and subject), each decision or commitment, each amount; in the order they are written.
 */
export function findOutcomes(text: string, words: OutcomeWords): Span[] {
  const folded = foldKeepLength(text);
  const documents = documentSpans(text, folded, words);
  const decisions = decisionSpans(text, folded, words, documents);
  const amounts = amountSpans(text, folded, words, [...documents, ...decisions]);
  return [...documents, ...decisions, ...amounts].sort((a, b) => a.start - b.start);
}
