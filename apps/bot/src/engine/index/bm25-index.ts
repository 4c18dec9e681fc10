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
  private readonly postings = new Map<string, Map<number, number>>();
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
          for (const alt of new Set(term)) {
            let posting = this.postings.get(alt);
            if (!posting) {
              posting = new Map();
              this.postings.set(alt, posting);
            }
            posting.set(n, (posting.get(n) ?? 0) + field.weight);
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
    const scores = new Map<number, { score: number; matched: number }>();
    const n = this.ids.length;
    for (const word of words) {
      const best = new Map<number, number>();
      for (const alt of word) {
        const posting = this.postings.get(alt);
        if (!posting) continue;
        const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
        for (const [doc, tf] of posting) {
          const len = this.lengths[doc] ?? this.avgLength;
          const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / this.avgLength));
          if (s > (best.get(doc) ?? 0)) best.set(doc, s);
        }
      }
      for (const [doc, s] of best) {
        const acc = scores.get(doc) ?? { score: 0, matched: 0 };
        acc.score += s;
        acc.matched += 1;
        scores.set(doc, acc);
      }
    }
    const hits: Hit<Id>[] = [];
    for (const [doc, { score, matched }] of scores) {
      const id = this.ids[doc];
      if (id !== undefined) hits.push({ id, score, coverage: matched / words.length });
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
