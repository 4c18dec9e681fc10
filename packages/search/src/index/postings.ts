// The BM25 index's storage, built from documents' flattened fields: postings as typed arrays.

/** A text's terms counted: alternative ids with the number of terms holding each, and the term count. */
export interface TermVector {
  ids: number[];
  counts: number[];
  terms: number;
}

/** Every document's fields, flat: doc n's are fieldStart[n] .. fieldStart[n + 1]. */
export interface FlatDocs {
  fieldVectors: TermVector[];
  fieldWeights: number[];
  fieldStart: number[];
  copies: number[];
}

/** The postings of every term (two passes: count, then place) and each term's frequency, copies counted. */
export function buildPostings(flat: FlatDocs, terms: number) {
  const { fieldVectors, fieldWeights, fieldStart, copies } = flat;
  const n = copies.length;
  // a document's weighted count per term, summed over its fields (terms in first-seen order)
  const tf = new Float64Array(terms);
  const isSeen = new Uint8Array(terms);
  const seen: number[] = [];
  const eachDoc = (each: (doc: number) => void) => {
    for (let d = 0; d < n; d++) {
      for (let f = fieldStart[d] as number; f < (fieldStart[d + 1] as number); f++) {
        const vector = fieldVectors[f] as TermVector;
        const weight = fieldWeights[f] as number;
        for (let k = 0; k < vector.ids.length; k++) {
          const t = vector.ids[k] as number;
          if (isSeen[t] === 0) {
            isSeen[t] = 1;
            seen.push(t);
          }
          // weights are multiples of 0.5: weight × count is the number count additions give
          tf[t] = (tf[t] as number) + weight * (vector.counts[k] as number);
        }
      }
      each(d);
      for (const t of seen) {
        tf[t] = 0;
        isSeen[t] = 0;
      }
      seen.length = 0;
    }
  };
  const df = new Int32Array(terms);
  const frequency = new Float64Array(terms);
  eachDoc((d) => {
    for (const t of seen) {
      df[t] = (df[t] as number) + 1;
      frequency[t] = (frequency[t] as number) + (copies[d] as number);
    }
  });
  const offsets = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) offsets[t + 1] = (offsets[t] as number) + (df[t] as number);
  const total = offsets[terms] as number;
  const docs = new Int32Array(total);
  const tfs = new Float64Array(total);
  const cursor = offsets.slice(0, terms);
  eachDoc((d) => {
    for (const t of seen) {
      const at = cursor[t] as number;
      docs[at] = d;
      tfs[at] = tf[t] as number;
      cursor[t] = at + 1;
    }
  });
  return { frequency, offsets, docs, tfs };
}

/** Each document's weighted length, the number of documents and their average length, copies counted. */
export function documentLengths(flat: FlatDocs) {
  const { fieldVectors, fieldWeights, fieldStart, copies } = flat;
  const n = copies.length;
  const lengths = new Float64Array(n);
  let sum = 0;
  let all = 0;
  for (let d = 0; d < n; d++) {
    let length = 0;
    for (let f = fieldStart[d] as number; f < (fieldStart[d + 1] as number); f++) {
      length += (fieldWeights[f] as number) * (fieldVectors[f] as TermVector).terms;
    }
    lengths[d] = length;
    sum += length * (copies[d] as number);
    all += copies[d] as number;
  }
  return { lengths, total: all, avgLength: all ? sum / all || 1 : 1 };
}
