import type { Term } from '../analysis/analyze.js';

/** A document to index: its id and weighted texts already analysed into terms. */
export interface IndexedDoc<Id> {
  id: Id;
  fields: readonly { terms: readonly Term[]; weight: number }[];
}

/** A ranked hit: BM25 score and the share of query words the document holds. */
export interface Hit<Id> {
  id: Id;
  score: number;
  /** Matched query words / query words, in [0, 1]. */
  coverage: number;
}

const K1 = 1.2;
const B = 0.75;

/**
 * A small BM25F inverted index. Written by hand because the query side needs alternatives per
 * word (French and English stems) scored as one word, which MiniSearch's OR/AND cannot express.
 * Built once; queries touch only the postings of their terms.
 */
export class Bm25Index<Id> {
  // per term, the documents holding it (ascending) and the weighted count in each: two flat
  // arrays instead of a Map per term, several times lighter and faster to build and to scan
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly lengths: number[] = [];
  private readonly ids: Id[] = [];
  private readonly avgLength: number;

  constructor(docs: Iterable<IndexedDoc<Id>>) {
    for (const doc of docs) {
      const n = this.ids.length;
      this.ids.push(doc.id);
      let length = 0;
      for (const field of doc.fields) {
        for (const term of field.terms) {
          length += field.weight;
          for (let k = 0; k < term.length; k++) {
            const alt = term[k] as string;
            // an alternative given twice counts once
            if (term.indexOf(alt) < k) continue;
            let posting = this.postings.get(alt);
            if (!posting) {
              posting = { docs: [], tfs: [] };
              this.postings.set(alt, posting);
            }
            const last = posting.docs.length - 1;
            if (posting.docs[last] === n) posting.tfs[last] = (posting.tfs[last] ?? 0) + field.weight;
            else {
              posting.docs.push(n);
              posting.tfs.push(field.weight);
            }
          }
        }
      }
      this.lengths.push(length);
    }
    const total = this.lengths.reduce((a, b) => a + b, 0);
    this.avgLength = this.ids.length ? total / this.ids.length || 1 : 1;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Whether any document holds the term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Documents ranked by score; each query word counts once, through its best-scoring alternative. */
  search(query: readonly Term[], limit = Number.POSITIVE_INFINITY): Hit<Id>[] {
    const words = dedupe(query);
    if (!words.length) return [];
    const n = this.ids.length;
    // flat arrays over documents instead of Maps: a query touching thousands of documents stays cheap
    const score = new Float64Array(n);
    const matched = new Uint16Array(n);
    const best = new Float64Array(n);
    const touched: number[] = [];
    for (const word of words) {
      const mine: number[] = [];
      for (const alt of word) {
        const posting = this.postings.get(alt);
        if (!posting) continue;
        const size = posting.docs.length;
        const idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
        for (let p = 0; p < size; p++) {
          const doc = posting.docs[p] as number;
          const tf = posting.tfs[p] as number;
          const len = this.lengths[doc] ?? this.avgLength;
          const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / this.avgLength));
          if (s > (best[doc] as number)) {
            if (best[doc] === 0) mine.push(doc);
            best[doc] = s;
          }
        }
      }
      for (const doc of mine) {
        if (matched[doc] === 0) touched.push(doc);
        score[doc] = (score[doc] as number) + (best[doc] as number);
        matched[doc] = (matched[doc] as number) + 1;
        best[doc] = 0;
      }
    }
    const hits: Hit<Id>[] = [];
    for (const doc of touched) {
      const id = this.ids[doc];
      if (id !== undefined) {
        hits.push({ id, score: score[doc] as number, coverage: (matched[doc] as number) / words.length });
      }
    }
    hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
    return hits.slice(0, limit);
  }
}

function dedupe(query: readonly Term[]): Term[] {
  const seen = new Set<string>();
  return query.filter((t) => {
    const k = t.join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
