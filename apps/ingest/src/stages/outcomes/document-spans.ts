import type { OutcomeWords } from '../../resources/outcome-words.js';
import { LETTER_BEFORE, matchesNotAfter } from '../../text/not-after.js';
import type { Span } from '../../text/span.js';
import { clauseEnd, nameStart, spanOf } from './outcome-phrase.js';

/** "and a memorandum", ", the agreement": the next document is a phrase of its own. */
const NEW_PHRASE =
  /(?:,|\b(?:and|et|or|ou|as well as|ainsi que))\s+(?:(?:a|an|the|un|une|le|la|les|l'|des|deux|two|three|trois|several|plusieurs)\s+)\S*$/iu;

/**
 * A document word is an outcome when something says which document (a name before it, a subject
 * after it) or the sentence says it was signed or adopted; "no agreement was reached" is none.
 */
function isMade(text: string, folded: string, at: number, end: number, start: number, words: OutcomeWords): boolean {
  if (words.negation.test(folded.slice(Math.max(0, at - 30), at))) return false;
  if (/d'$/u.test(folded.slice(Math.max(0, at - 2), at))) return false; // "d'accord", "se mettre d'accord"
  const capital = /^\p{Lu}/u.test(text.slice(at, end));
  // "Convention Centre", "Treaty Room": the word names a place, not a document
  if (capital && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
  const named = /\p{Lu}/u.test(text.slice(start, at)) && start < at;
  const subject = words.subject.test(folded.slice(end, end + 20));
  // "a statement", "the framework": only a name ("Wilmington Declaration") makes these a document
  if (words.namedOnly.test(folded.slice(at, end))) return capital && (named || subject);
  // "the agreement", "le traité" with nothing naming it: a document told before, not a new one
  const madeHere = words.signing.test(folded.slice(end, end + 12)); // "the documents signed at…"
  const told = /(?:^|\s)(?:the|this|that|le|la|l'|ce|cet|cette)\s*$/u.test(folded.slice(Math.max(0, at - 6), at));
  if (told && !named && !capital && !subject && !madeHere) return false;
  const made = words.signing.test(folded);
  // a named document with nothing made or decided in its sentence is only cited ("the UN Charter")
  if (named && !subject) return made || matchesNotAfter(folded, words.decisions, LETTER_BEFORE).length > 0;
  return named || subject || made;
}

/** Document phrases: one per document; several documents joined by "and a…" are several phrases. */
export function documentSpans(text: string, folded: string, words: OutcomeWords): Span[] {
  const hits = matchesNotAfter(folded, words.documents, LETTER_BEFORE);
  const out: Span[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (!hit) continue;
    const start = nameStart(text, hit.index, words);
    if (out.some((s) => s.end > start)) continue;
    if (!isMade(text, folded, hit.index, hit.index + hit[0].length, start, words)) continue;
    // a document joined without a new article ("accords et mémorandums") is the same phrase
    let stop = text.length;
    for (const h of hits.slice(i + 1)) {
      const joint = NEW_PHRASE.exec(folded.slice(hit.index, h.index));
      if (joint) {
        stop = hit.index + joint.index;
        break;
      }
    }
    const end = clauseEnd(text, folded, hit.index, words, stop);
    if (words.past.test(folded.slice(start, Math.min(text.length, end + 30)))) continue;
    out.push(spanOf(text, start, end));
  }
  return out;
}
