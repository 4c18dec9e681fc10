import type { OutcomeWords } from '../../resources/outcome-words.js';
import { foldKeepLength } from '../../text/fold.js';
import { LETTER_BEFORE, matchesNotAfter } from '../../text/not-after.js';
import type { Span } from '../../text/span.js';
import { documentSpans } from './document-spans.js';
import { clauseEnd, clauseStart, nameStart, spanOf } from './outcome-phrase.js';

const RELATIVE = /(?:^|\s)(?:which|who|qui)\s+$/u;

const MAX_SUBJECT = 60;

/**
 * Where a decision's phrase starts: at the people who took it when its clause names them ("Nguyên
 * Chi Vinh et Ro Manabe se sont mis d'accord…": who agreed matters when several meet), else at its
 * verb ("They agreed to…" keeps no pronoun).
 */
function namedSubject(text: string, at: number): number {
  const from = clauseStart(text, at);
  const subject = text.slice(from, at);
  return from < at && subject.length <= MAX_SUBJECT && /\S\s+\p{Lu}/u.test(subject) ? from : at;
}

const touches = (spans: readonly Span[], start: number, end: number) =>
  spans.some((s) => s.start < end && start < s.end);

/** Decisions and commitments ("agreed to open…"), unless they only voice a view, tell a past fact or hold a document found already. */
function decisionSpans(text: string, folded: string, words: OutcomeWords, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of matchesNotAfter(folded, words.decisions, LETTER_BEFORE)) {
    const after = m.index + m[0].length;
    const rest = folded.slice(after, after + 120);
    // "agreed that … is", "convenu que … est": the view after the conjunction the verb took
    const that = /(?:que|that)$/u.exec(m[0])?.[0] ?? '';
    if (words.stances.test(`${that}${rest}`) || words.participle.test(rest)) continue;
    // "which will let…" describes a thing; "espère que le Japon continuera" is a wish
    const lead = folded.slice(Math.max(0, m.index - 40), m.index);
    if (RELATIVE.test(lead) || words.wishes.test(lead)) continue;
    // "…, a annoncé l'agence": the verb only says who reported the sentence
    if (/,\s*$/u.test(lead) && /annonce|announced|said|declared|declare/u.test(m[0])) continue;
    const end = clauseEnd(text, folded, m.index, words, text.length);
    // "la coopération migratoire sera relancée": the subject says what is decided
    const start = words.subjectFirst.test(m[0]) ? clauseStart(text, m.index) : namedSubject(text, m.index);
    if (end - start - m[0].length < 8 || touches([...taken, ...out], start, end)) continue;
    out.push(spanOf(text, start, end));
  }
  return out;
}

/** Money given, lent or promised ("$500 million in foreign military financing"). */
function amountSpans(text: string, folded: string, words: OutcomeWords, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of matchesNotAfter(folded, words.amounts, LETTER_BEFORE)) {
    if (touches([...taken, ...out], m.index, m.index + 1)) continue;
    out.push(spanOf(text, nameStart(text, m.index, words), clauseEnd(text, folded, m.index, words, text.length)));
  }
  return out;
}

/**
 * The outcomes one sentence names, as phrases of it: each document signed or adopted (with its
 * name and subject), each decision or commitment, each amount; in the order they are written.
 */
export function findOutcomes(text: string, words: OutcomeWords): { span: Span; isDocument: boolean }[] {
  const folded = foldKeepLength(text);
  const documents = documentSpans(text, folded, words);
  const decisions = decisionSpans(text, folded, words, documents);
  const amounts = amountSpans(text, folded, words, [...documents, ...decisions]);
  return [
    ...documents.map((span) => ({ span, isDocument: true })),
    ...[...decisions, ...amounts].map((span) => ({ span, isDocument: false })),
  ].sort((a, b) => a.span.start - b.span.start);
}
