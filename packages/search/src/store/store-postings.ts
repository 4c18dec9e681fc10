import type { PostingList, PostingSource } from '../index/rank-postings.js';
import { joinSegments } from './segments.js';
import { readStats } from './sentence-indexer.js';
import type { SqlDb, SqlStatement } from './sql-db.js';

/**
 * One kind of document's postings read from the store's tables, for `rankPostings`. Holds only
 * per-document numbers (length, place in the corpus order); `refresh` rereads them after a write.
 */
export class StorePostings implements PostingSource<string> {
  total = 0;
  avgLength = 1;
  docBound = 0;
  orderBound = 1;
  private version = -1;
  private lengths = new Float64Array(0);
  private ranks = new Float64Array(0);
  private readonly termRow: SqlStatement;
  private readonly segmentRows: SqlStatement;
  private readonly refRow: SqlStatement;

  constructor(
    private readonly db: SqlDb,
    private readonly kind: string,
  ) {
    this.termRow = db.prepare('SELECT frequency FROM search_term WHERE kind = ? AND term = ?');
    this.segmentRows = db.prepare('SELECT docs, tfs FROM search_posting WHERE kind = ? AND term = ? ORDER BY seg');
    this.refRow = db.prepare('SELECT ref FROM search_doc WHERE kind = ? AND doc = ?');
    this.refresh();
  }

  /** Rereads the statistics when the index changed; true when it did. */
  refresh(): boolean {
    const stats = readStats(this.db, this.kind);
    if (stats.version === this.version) return false;
    this.version = stats.version;
    this.total = stats.total;
    this.avgLength = stats.total ? stats.length_sum / stats.total || 1 : 1;
    this.docBound = stats.doc_bound;
    const rows = this.db
      .prepare('SELECT doc, length FROM search_doc WHERE kind = ? ORDER BY first_key')
      .all(this.kind) as { doc: number; length: number }[];
    this.lengths = new Float64Array(this.docBound);
    this.ranks = new Float64Array(this.docBound);
    rows.forEach((r, i) => {
      this.lengths[r.doc] = r.length;
      this.ranks[r.doc] = i;
    });
    this.orderBound = Math.max(rows.length, 1);
    return true;
  }

  postings(alt: string): PostingList | undefined {
    const term = this.termRow.get(this.kind, alt) as { frequency: number } | undefined;
    if (!term) return undefined;
    const joined = joinSegments(this.segmentRows.all(this.kind, alt) as { docs: Uint8Array; tfs: Uint8Array }[]);
    return { frequency: term.frequency, docs: joined.docs, tfs: joined.tfs };
  }

  length(doc: number): number {
    return this.lengths[doc] ?? this.avgLength;
  }

  order = (doc: number): number => this.ranks[doc] as number;

  /** What the document points at (for sentences: `articleId \t sentenceId`). */
  id(doc: number): string | undefined {
    return (this.refRow.get(this.kind, doc) as { ref: string } | undefined)?.ref;
  }
}
