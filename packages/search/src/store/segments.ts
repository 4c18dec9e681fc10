import type { SqlDb, SqlStatement } from './sql-db.js';

/** Segments a term may pile up before they are joined into one. */
const MAX_SEGMENTS = 24;

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
  segments: SqlStatement;
  deleteSegments: SqlStatement;
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
      segments: db.prepare('SELECT seg, docs, tfs FROM search_posting WHERE kind = ? AND term = ? ORDER BY seg'),
      deleteSegments: db.prepare('DELETE FROM search_posting WHERE kind = ? AND term = ?'),
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

/** Appends new documents (numbered above every earlier one) to a term's postings. */
export function appendPostings(db: SqlDb, kind: string, term: string, docs: number[], tfs: number[]): void {
  const s = statements(db);
  const row = s.term.get(kind, term) as { frequency: number; segments: number } | undefined;
  const frequency = row?.frequency ?? 0;
  const count = row?.segments ?? 0;
  if (!row) s.insertTerm.run(kind, term, 0, 0);
  if (count + 1 <= MAX_SEGMENTS) {
    const packed = packSegment(docs, tfs);
    // segments are numbered 0 .. count - 1
    s.insertSegment.run(kind, term, count, packed.docs, packed.tfs);
    s.updateTerm.run(frequency, count + 1, kind, term);
    return;
  }
  // too many: one segment holding them all, the new documents last
  const rows = s.segments.all(kind, term) as { docs: Uint8Array; tfs: Uint8Array }[];
  const joined = joinSegments(rows);
  s.deleteSegments.run(kind, term);
  const allDocs = new Int32Array(joined.docs.length + docs.length);
  allDocs.set(joined.docs);
  allDocs.set(docs, joined.docs.length);
  const allTfs = new Float64Array(allDocs.length);
  allTfs.set(joined.tfs);
  allTfs.set(tfs, joined.tfs.length);
  const packed = { docs: Buffer.from(allDocs.buffer), tfs: Buffer.from(allTfs.buffer) };
  s.insertSegment.run(kind, term, 0, packed.docs, packed.tfs);
  s.updateTerm.run(frequency, 1, kind, term);
}
