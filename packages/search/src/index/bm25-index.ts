import type { Term } from '../analysis/analyze.js';
import { buildPostings, documentLengths, type FlatDocs, type TermVector } from './postings.js';
import { type Hit, type PostingList, type PostingSource, rankPostings } from './rank-postings.js';

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

/**
 * A small BM25F inverted index. Written by hand because the query side needs alternatives per
 * word (French and English stems) scored as one word, which MiniSearch's OR/AND cannot express.
 * Built once; queries touch only the postings of their terms.
 */
export class Bm25Index<Id> implements PostingSource<Id> {
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
  readonly total: number;
  readonly avgLength: number;
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

  get docBound(): number {
    return this.ids.length;
  }

  postings(alt: string): PostingList | undefined {
    const id = this.termIds.get(alt);
    if (id === undefined) return undefined;
    const from = this.offsets[id] as number;
    const to = this.offsets[id + 1] as number;
    return {
      frequency: this.frequency[id] as number,
      docs: this.docs.subarray(from, to),
      tfs: this.tfs.subarray(from, to),
    };
  }

  length(doc: number): number {
    return this.lengths[doc] ?? this.avgLength;
  }

  id(doc: number): Id | undefined {
    return this.ids[doc];
  }

  /** Documents best first: see `rankPostings`. */
  rank(query: readonly Term[]): Generator<Hit<Id>, void, undefined> {
    return rankPostings(query, this);
  }
}
