import type { Term } from '../analysis/analyze.js';
import { HitQueue } from './hit-queue.js';

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
  private readonly termIds = new Map<string, number>();
  // per term id, the documents holding it (ascending) and the weighted count in each: flat arrays
  // instead of a Map per term, several times lighter and faster to build and to scan
  private readonly postingDocs: number[][] = [];
  private readonly postingTfs: number[][] = [];
  private readonly lengths: number[] = [];
  private readonly ids: Id[] = [];
  private readonly avgLength: number;
  // per-document scratch for one query, reset after each: allocating them per query cost more
  // than the scoring at 60k sentences
  private scratch: { score: Float64Array; matched: Uint16Array; best: Float64Array } | undefined;

  constructor(docs: Iterable<IndexedDoc<Id>>) {
    // analyze() shares one Term array per distinct word: its alternatives' ids are found once
    const altIds = new Map<Term, number[]>();
    for (const doc of docs) {
      const n = this.ids.length;
      this.ids.push(doc.id);
      let length = 0;
      for (const field of doc.fields) {
        const weight = field.weight;
        for (const term of field.terms) {
          length += weight;
          let alts = altIds.get(term);
          if (!alts) {
            alts = this.altIdsOf(term);
            altIds.set(term, alts);
          }
          for (const id of alts) {
            const docsOf = this.postingDocs[id] as number[];
            const tfs = this.postingTfs[id] as number[];
            const last = docsOf.length - 1;
            if (docsOf[last] === n) tfs[last] = (tfs[last] as number) + weight;
            else {
              docsOf.push(n);
              tfs.push(weight);
            }
          }
        }
      }
      this.lengths.push(length);
    }
    const total = this.lengths.reduce((a, b) => a + b, 0);
    this.avgLength = this.ids.length ? total / this.ids.length || 1 : 1;
  }

  /** The ids of a term's alternatives, each once (an alternative given twice counts once). */
  private altIdsOf(term: Term): number[] {
    const out: number[] = [];
    for (const alt of term) {
      let id = this.termIds.get(alt);
      if (id === undefined) {
        id = this.postingDocs.length;
        this.termIds.set(alt, id);
        this.postingDocs.push([]);
        this.postingTfs.push([]);
      }
      if (!out.includes(id)) out.push(id);
    }
    return out;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Whether any document holds the term. */
  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** The best `limit` documents; see `rank`. */
  search(query: readonly Term[], limit = Number.POSITIVE_INFINITY): Hit<Id>[] {
    const out: Hit<Id>[] = [];
    if (limit <= 0) return out;
    for (const hit of this.rank(query)) {
      out.push(hit);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Documents best first (more query words held, then higher score), produced lazily: a caller
   * that needs the first few pays for a heap over the matches, not for sorting them all. Each
   * query word counts once, through its best-scoring alternative.
   */
  *rank(query: readonly Term[]): Generator<Hit<Id>, void, undefined> {
    const words = dedupe(query);
    if (!words.length) return;
    const n = this.ids.length;
    this.scratch ??= { score: new Float64Array(n), matched: new Uint16Array(n), best: new Float64Array(n) };
    const { score, matched, best } = this.scratch;
    const touched: number[] = [];
    for (const word of words) {
      const mine: number[] = [];
      for (const alt of word) {
        const id = this.termIds.get(alt);
        if (id === undefined) continue;
        const docs = this.postingDocs[id] as number[];
        const tfs = this.postingTfs[id] as number[];
        const size = docs.length;
        const idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
        for (let p = 0; p < size; p++) {
          const doc = docs[p] as number;
          const tf = tfs[p] as number;
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
    // copied out and the scratch reset before the first hit is produced: an abandoned ranking
    // leaves nothing behind for the next query
    const scores = new Float64Array(touched.length);
    const counts = new Uint16Array(touched.length);
    touched.forEach((doc, i) => {
      scores[i] = score[doc] as number;
      counts[i] = matched[doc] as number;
      score[doc] = 0;
      matched[doc] = 0;
    });
    const queue = new HitQueue(counts, scores);
    for (let i = queue.pop(); i >= 0; i = queue.pop()) {
      const id = this.ids[touched[i] as number];
      if (id !== undefined) yield { id, score: scores[i] as number, coverage: (counts[i] as number) / words.length };
    }
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
