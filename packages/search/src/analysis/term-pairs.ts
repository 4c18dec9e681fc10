import { z } from 'zod';
import { analyze, type Term } from './analyze.js';
import termPairs from './term-pairs.json' with { type: 'json' };

const TermPairsFile = z.object({ pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])) });

/** One side of a pair, analysed: the query terms it matches and the alternatives it adds. */
interface Rewrite {
  /** The side's terms as `analyze` gives them, keyed (`t.join('|')`) for comparison. */
  keys: string[];
  /** Every alternative of the other side's terms. */
  adds: string[];
}

const termKey = (t: Term) => t.join('|');

/** The rewrites by the key of their first term, built once: ~180 pairs, both directions. */
function buildRewrites(): Map<string, Rewrite[]> {
  const { pairs } = TermPairsFile.parse(termPairs);
  const byFirst = new Map<string, Rewrite[]>();
  const add = (from: string, to: string) => {
    const keys = analyze(from).map(termKey);
    const adds = analyze(to).flat();
    const first = keys[0];
    if (first === undefined || !adds.length) return;
    byFirst.set(first, [...(byFirst.get(first) ?? []), { keys, adds }]);
  };
  for (const [en, fr] of pairs) {
    add(en, fr);
    add(fr, en);
  }
  return byFirst;
}

let rewrites: Map<string, Rewrite[]> | undefined;

/**
 * The terms of a question with the other language's words of the field as alternatives ("summit"
 * also matches "sommet", "phone call" also "entretien téléphonique"): every word of a matched
 * phrase may be met by any word of its translation, so a source in either language holds the
 * question's words. Documents are never rewritten; quotes stay in their own language.
 */
export function translateTerms(terms: readonly Term[]): Term[] {
  rewrites ??= buildRewrites();
  const keys = terms.map(termKey);
  const extra: Set<string>[] = terms.map(() => new Set());
  keys.forEach((key, i) => {
    for (const rewrite of rewrites?.get(key) ?? []) {
      if (!rewrite.keys.every((k, j) => keys[i + j] === k)) continue;
      for (let j = 0; j < rewrite.keys.length; j++) for (const alt of rewrite.adds) extra[i + j]?.add(alt);
    }
  });
  return terms.map((term, i) => {
    const more = [...(extra[i] ?? [])].filter((alt) => !term.includes(alt));
    return more.length ? [...term, ...more] : term;
  });
}

/** `analyze` for a question: its terms, with both languages' words of the field. */
export function analyzeQuery(text: string): Term[] {
  return translateTerms(analyze(text));
}
