import type { Term } from '../analysis/analyze.js';
import { HitQueue } from './hit-queue.js';

/** A ranked hit: BM25 score and the share of query words the document holds. */
export interface Hit<Id> {
  id: Id;
  score: number;
  /** Matched query words / query words, in [0, 1]. */
  coverage: number;
}

/** One term's postings: documents ascending, their weighted counts, and its document frequency (copies counted). */
export interface PostingList {
  frequency: number;
  docs: ArrayLike<number>;
  tfs: ArrayLike<number>;
}

/**
 * Where postings come from: typed arrays in memory or the store's tables. Documents are small
 * integers (scratch arrays are indexed by them) below `docBound`.
 */
export interface PostingSource<Id> {
  /** Documents, copies counted. */
  readonly total: number;
  readonly avgLength: number;
  /** One more than the largest document number. */
  readonly docBound: number;
  postings(alt: string): PostingList | undefined;
  /** A document's weighted length. */
  length(doc: number): number;
  id(doc: number): Id | undefined;
  /**
   * Where the document stands in the corpus order, below `orderBound`, when its number does not
   * say it (the store numbers documents as they arrive). Ties come out in that order, as the
   * in-memory index gives them.
   */
  order?: (doc: number) => number;
  readonly orderBound?: number;
}

const K1 = 1.2;
const B = 0.75;

interface Scratch {
  score: Float64Array;
  matched: Uint16Array;
  best: Float64Array;
}

// per-document scratch for one query, reset after each: allocating it per query cost more than
// the scoring at 60k sentences; one per source, grown when the source grows
const scratches = new WeakMap<object, Scratch>();

function scratchFor(source: PostingSource<unknown>): Scratch {
  let s = scratches.get(source);
  if (!s || s.score.length < source.docBound) {
    const n = Math.max(source.docBound, Math.ceil((s?.score.length ?? 0) * 1.5));
    s = { score: new Float64Array(n), matched: new Uint16Array(n), best: new Float64Array(n) };
    scratches.set(source, s);
  }
  return s;
}

export function dedupeTerms(query: readonly Term[]): Term[] {
  const seen = new Set<string>();
  return query.filter((t) => {
    const k = t.join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Documents best first (more query words held, then higher score, then the order they were first
 * matched in), produced lazily: a caller that needs the first few pays for a heap over the
 * matches, not for sorting them all. Each query word counts once, through its best alternative.
 */
export function* rankPostings<Id>(query: readonly Term[], source: PostingSource<Id>): Generator<Hit<Id>, void> {
  const words = dedupeTerms(query);
  if (!words.length) return;
  const { score, matched, best } = scratchFor(source);
  const { total, avgLength, order } = source;
  const touched: number[] = [];
  // with `order`: the tie key of each touched document (first word, first alternative, order)
  const keys: number[] = [];
  const altBound = Math.max(...words.map((w) => w.length)) + 1;
  const orderBound = source.orderBound ?? source.docBound;
  words.forEach((word, w) => {
    const mine: number[] = [];
    const altOf: number[] = [];
    word.forEach((alt, a) => {
      const list = source.postings(alt);
      if (!list) return;
      const idf = Math.log(1 + (total - list.frequency + 0.5) / (list.frequency + 0.5));
      const { docs, tfs } = list;
      for (let p = 0; p < docs.length; p++) {
        const doc = docs[p] as number;
        const tf = tfs[p] as number;
        const len = source.length(doc);
        const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / avgLength));
        if (s > (best[doc] as number)) {
          if (best[doc] === 0) {
            mine.push(doc);
            altOf.push(a);
          }
          best[doc] = s;
        }
      }
    });
    mine.forEach((doc, i) => {
      if (matched[doc] === 0) {
        touched.push(doc);
        if (order) keys.push((w * altBound + (altOf[i] as number)) * orderBound + order(doc));
      }
      score[doc] = (score[doc] as number) + (best[doc] as number);
      matched[doc] = (matched[doc] as number) + 1;
      best[doc] = 0;
    });
  });
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
  const queue = new HitQueue(counts, scores, order ? Float64Array.from(keys) : undefined);
  for (let i = queue.pop(); i >= 0; i = queue.pop()) {
    const id = source.id(touched[i] as number);
    if (id !== undefined) yield { id, score: scores[i] as number, coverage: (counts[i] as number) / words.length };
  }
}
