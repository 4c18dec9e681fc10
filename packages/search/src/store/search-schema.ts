import type { SqlDb } from './sql-db.js';

/**
 * The search tables, one set per index kind ('sentence', 'meeting'). Documents are numbered as
 * they arrive; `first_key` is where the document's first copy stands in the corpus order (the
 * in-memory index numbers documents in that order, and ties come out in it). Postings are kept
 * per term as a few segments of packed arrays (documents ascending, weighted counts): a write
 * appends one segment per term, and a term's segments are joined into one when they pile up, so
 * a query reads a few rows per term instead of one row per document.
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS search_doc (
  kind TEXT NOT NULL,
  doc INTEGER NOT NULL,
  text_key TEXT NOT NULL,
  ref TEXT NOT NULL,
  first_key TEXT NOT NULL,
  copies INTEGER NOT NULL,
  length REAL NOT NULL,
  PRIMARY KEY (kind, doc)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS search_doc_text ON search_doc (kind, text_key);
CREATE INDEX IF NOT EXISTS search_doc_order ON search_doc (kind, first_key);
CREATE TABLE IF NOT EXISTS search_term (
  kind TEXT NOT NULL,
  term TEXT NOT NULL,
  frequency REAL NOT NULL,
  segments INTEGER NOT NULL,
  PRIMARY KEY (kind, term)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_posting (
  kind TEXT NOT NULL,
  term TEXT NOT NULL,
  seg INTEGER NOT NULL,
  docs BLOB NOT NULL,
  tfs BLOB NOT NULL,
  PRIMARY KEY (kind, term, seg)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_article (
  id TEXT PRIMARY KEY,
  header TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_quote (
  article_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, start, "end")
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_stats (
  kind TEXT PRIMARY KEY,
  total REAL NOT NULL,
  length_sum REAL NOT NULL,
  doc_bound INTEGER NOT NULL,
  version INTEGER NOT NULL
) STRICT;
`;

export function createSearchTables(db: SqlDb): void {
  db.exec(TABLES);
}

export function clearSearchTables(db: SqlDb): void {
  db.exec(
    'DELETE FROM search_doc; DELETE FROM search_term; DELETE FROM search_posting; DELETE FROM search_stats; DELETE FROM search_article; DELETE FROM search_quote;',
  );
}
