import type { Term } from '../analysis/analyze.js';
import { HitQueue } from './hit-queue.js';
import { buildPostings, documentLengths, type FlatDocs, type TermVector } from './postings.js';

/** A document to index: its id and weighted texts already analysed into terms. */
export interface IndexedDoc<Id> {
  id: Id;
  fields: readonly { terms: readonly Term[]; weight: number }[];
  /**
   * How many identical documents this one stands for (default 1): a sentence reprinted by many
   * outlets is indexed once, scored as each copy would be (the statistics count every copy).
   */
  count?: number;
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
  // the postings of term t are docs/tfs[offsets[t] .. offsets[t + 1]), documents ascending: typed
  // arrays filled in two passes (count, then place) live outside the JS heap, so building them
  // neither grows arrays nor gives the garbage collector a million numbers to copy
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Float64Array;
  private readonly lengths: Float64Array;
  /** Per term, how many documents hold it, copies counted (BM25's document frequency). */
  private readonly frequency: Float64Array;
  private readonly ids: Id[] = [];
  /** Documents, copies counted. */
  private readonly total: number;
  private readonly avgLength: number;
  // per-document scratch for one query, reset after each: allocating them per query cost more
  // than the scoring at 60k sentences
  private scratch: { score: Float64Array; matched: Uint16Array; best: Float64Array } | undefined;

  constructor(docs: Iterable<IndexedDoc<Id>>) {
    const flat = this.flatten(docs);
    const postings = buildPostings(flat, this.termIds.size);
    this.frequency = postings.frequency;
    this.offsets = postings.offsets;
    this.docs = postings.docs;
    this.tfs = postings.tfs;
    const lengths = documentLengths(flat);
    this.lengths = lengths.lengths;
    this.total = lengths.total;
    this.avgLength = lengths.avgLength;
  }

  /** Every document's fields as term vectors, flat; records ids and term ids on the way. */
  private flatten(docs: Iterable<IndexedDoc<Id>>): FlatDocs {
    // analyze() shares one Term array per distinct word, and a caller that remembers texts shares
    // one Term[] per distinct text (reprinted sentences): each is counted once, then only added
    const altIds = new Map<Term, number[]>();
    const vectors = new Map<readonly Term[], TermVector>();
    const slots: number[] = [];
    const flat: FlatDocs = { fieldVectors: [], fieldWeights: [], fieldStart: [0], copies: [] };
    for (const doc of docs) {
      this.ids.push(doc.id);
      flat.copies.push(doc.count ?? 1);
      for (const field of doc.fields) {
        let vector = vectors.get(field.terms);
        if (!vector) {
          vector = this.vectorOf(field.terms, altIds, slots);
          vectors.set(field.terms, vector);
        }
        flat.fieldVectors.push(vector);
        flat.fieldWeights.push(field.weight);
      }
      flat.fieldStart.push(flat.fieldVectors.length);
    }
    return flat;
  }

  /** How many of the terms hold each alternative (an alternative given twice in a term counts once). */
  private vectorOf(terms: readonly Term[], altIds: Map<Term, number[]>, slots: number[]): TermVector {
    const ids: number[] = [];
    const counts: number[] = [];
    for (const term of terms) {
      let alts = altIds.get(term);
      if (!alts) {
        alts = this.altIdsOf(term);
        altIds.set(term, alts);
      }
      for (const id of alts) {
        // slots[id] is where this text's count of the term is, or -1 / missing when not yet seen
        const k = slots[id] ?? -1;
        if (k === -1) {
          slots[id] = ids.length;
          ids.push(id);
          counts.push(1);
        } else counts[k] = (counts[k] as number) + 1;
      }
    }
    for (const id of ids) slots[id] = -1;
    return { ids, counts, terms: terms.length };
  }

  /** The ids of a term's alternatives, each once (an alternative given twice counts once). */
  private altIdsOf(term: Term): number[] {
    const out: number[] = [];
    for (const alt of term) {
      let id = this.termIds.get(alt);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(alt, id);
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
        const from = this.offsets[id] as number;
        const to = this.offsets[id + 1] as number;
        const size = this.frequency[id] as number;
        const idf = Math.log(1 + (this.total - size + 0.5) / (size + 0.5));
        for (let p = from; p < to; p++) {
          const doc = this.docs[p] as number;
          const tf = this.tfs[p] as number;
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
