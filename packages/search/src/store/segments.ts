import type { SqlDb, SqlStatement } from './sql-db.js';

/** Packs a segment: documents as 32-bit integers, weighted counts as doubles. */
export function packSegment(docs: readonly number[], tfs: readonly number[]): { docs: Buffer; tfs: Buffer } {
  return {
    docs: Buffer.from(Int32Array.from(docs).buffer),
    tfs: Buffer.from(Float64Array.from(tfs).buffer),
  };
}

/** The segments' arrays, joined in their order. */
export function joinSegments(rows: readonly { docs: Uint8Array; tfs: Uint8Array }[]): {
  docs: Int32Array;
  tfs: Float64Array;
} {
  let n = 0;
  for (const r of rows) n += r.docs.byteLength / 4;
  const docs = new Int32Array(n);
  const tfs = new Float64Array(n);
  let at = 0;
  for (const r of rows) {
    const k = r.docs.byteLength / 4;
    // copied through a fresh buffer: a blob's bytes need not be aligned for a typed view
    docs.set(new Int32Array(Uint8Array.from(r.docs).buffer), at);
    tfs.set(new Float64Array(Uint8Array.from(r.tfs).buffer), at);
    at += k;
  }
  return { docs, tfs };
}

interface Statements {
  term: SqlStatement;
  insertTerm: SqlStatement;
  updateTerm: SqlStatement;
  insertSegment: SqlStatement;
  lastTwo: SqlStatement;
  pair: SqlStatement;
  deleteFrom: SqlStatement;
}

const cache = new WeakMap<SqlDb, Statements>();

function statements(db: SqlDb): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      term: db.prepare('SELECT frequency, segments FROM search_term WHERE kind = ? AND term = ?'),
      insertTerm: db.prepare('INSERT INTO search_term (kind, term, frequency, segments) VALUES (?, ?, ?, ?)'),
      updateTerm: db.prepare('UPDATE search_term SET frequency = ?, segments = ? WHERE kind = ? AND term = ?'),
      insertSegment: db.prepare('INSERT INTO search_posting (kind, term, seg, docs, tfs) VALUES (?, ?, ?, ?, ?)'),
      lastTwo: db.prepare(
        'SELECT seg, length(docs) AS size FROM search_posting WHERE kind = ? AND term = ? ORDER BY seg DESC LIMIT 2',
      ),
      pair: db.prepare('SELECT docs, tfs FROM search_posting WHERE kind = ? AND term = ? AND seg >= ? ORDER BY seg'),
      deleteFrom: db.prepare('DELETE FROM search_posting WHERE kind = ? AND term = ? AND seg >= ?'),
    };
    cache.set(db, s);
  }
  return s;
}

/** Adds to a term's document frequency (copies counted). */
export function addFrequency(db: SqlDb, kind: string, term: string, copies: number): void {
  const s = statements(db);
  const row = s.term.get(kind, term) as { frequency: number; segments: number } | undefined;
  if (row) s.updateTerm.run(row.frequency + copies, row.segments, kind, term);
  else s.insertTerm.run(kind, term, copies, 0);
}

/**
 * Appends new documents (numbered above every earlier one) to a term's postings, then joins the
 * last two segments while the newer is at least half the older: sizes fall geometrically, so a
 * term keeps O(log n) segments and each posting is rewritten O(log n) times (a binary counter).
 */
export function appendPostings(db: SqlDb, kind: string, term: string, docs: number[], tfs: number[]): void {
  const s = statements(db);
  const row = s.term.get(kind, term) as { frequency: number; segments: number } | undefined;
  const frequency = row?.frequency ?? 0;
  let count = row?.segments ?? 0;
  if (!row) s.insertTerm.run(kind, term, 0, 0);
  const packed = packSegment(docs, tfs);
  // segments are numbered 0 .. count - 1, oldest (largest) first
  s.insertSegment.run(kind, term, count, packed.docs, packed.tfs);
  count += 1;
  while (count >= 2) {
    const [last, prev] = s.lastTwo.all(kind, term) as { seg: number; size: number }[];
    if (!last || !prev || last.size * 2 < prev.size) break;
    const rows = s.pair.all(kind, term, prev.seg) as { docs: Uint8Array; tfs: Uint8Array }[];
    const joined = joinSegments(rows);
    s.deleteFrom.run(kind, term, prev.seg);
    s.insertSegment.run(kind, term, prev.seg, Buffer.from(joined.docs.buffer), Buffer.from(joined.tfs.buffer));
    count -= 1;
  }
  s.updateTerm.run(frequency, count, kind, term);
}
