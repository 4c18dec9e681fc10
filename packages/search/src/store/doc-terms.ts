import type { Term } from '../analysis/analyze.js';

/** A document's weighted count per alternative and its weighted length, as the in-memory index counts them. */
export interface DocTerms {
  tfs: Map<string, number>;
  length: number;
}

/**
 * Counts a document's fields: each alternative once per term holding it (an alternative given
 * twice in one term counts once), times the field's weight. Weights are multiples of 0.5, so the
 * sums are exact whatever their order: the store's figures equal the in-memory index's.
 */
export function docTerms(fields: readonly { terms: readonly Term[]; weight: number }[]): DocTerms {
  const tfs = new Map<string, number>();
  let length = 0;
  for (const { terms, weight } of fields) {
    length += weight * terms.length;
    for (const term of terms) {
      const once = term.length > 1 ? new Set(term) : term;
      for (const alt of once) tfs.set(alt, (tfs.get(alt) ?? 0) + weight);
    }
  }
  return { tfs, length };
}
