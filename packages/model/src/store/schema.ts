import type { StoreDb } from './corpus-store.js';
import { StoreError } from './store-error.js';

/** Bump when the tables change; a store of another version is refused (export it, then re-import). */
export const SCHEMA_VERSION = 1;

// Articles are kept whole (as JSON without the strings that repeat the body, see compact);
// their events, mentions and facts also as rows, to merge and look up without parsing articles.
// Every index page a write touches is written again to the WAL: tables are keyed by how they are
// read (a person's mentions by key) so that most need no second index.
// A person is assembled from its mentions and participations (PeopleMerger); person_name keeps
// each spelling's running count (mentions + meetings attended) for lists and autocomplete.
// Meetings are merged per connected component of the "can be the same meeting" graph: an article
// re-merges only the components its events touch. Ids sort in SQLite's byte order, which is the
// corpus order for ids of [a-z0-9-] (see mergeCorpus's byLocale).
const TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS article (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  file TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  json TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS event (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  component INTEGER NOT NULL,
  json TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS event_component ON event (component);
CREATE TABLE IF NOT EXISTS event_bucket (
  bucket TEXT NOT NULL,
  event INTEGER NOT NULL,
  PRIMARY KEY (bucket, event)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mention (
  key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT,
  country TEXT,
  sentence_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (key, article_id, idx)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fact (
  about TEXT NOT NULL,
  article_id TEXT NOT NULL,
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (about, article_id, id)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meeting (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  component INTEGER NOT NULL,
  json TEXT NOT NULL,
  UNIQUE (article_id, idx)
) STRICT;
CREATE INDEX IF NOT EXISTS meeting_component ON meeting (component);
CREATE TABLE IF NOT EXISTS participant (
  key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  meeting_id TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (key, article_id, idx)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS person_name (
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (key, name)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS change (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL,
  removed TEXT NOT NULL,
  meetings TEXT NOT NULL,
  people TEXT NOT NULL
) STRICT;
`;

/** Creates the tables of a new store, or checks the version of an existing one. */
export function ensureSchema(db: StoreDb, writable: boolean): void {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) {
    if (!writable) throw new StoreError('INCOMPATIBLE', 'the store has no tables (it was never opened for writing)');
    db.exec(TABLES);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    return;
  }
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
  if (row?.value !== String(SCHEMA_VERSION)) {
    throw new StoreError(
      'INCOMPATIBLE',
      `the store's format is ${row?.value ?? 'unknown'}, this version reads ${SCHEMA_VERSION}: export it with the version that wrote it and import the export`,
    );
  }
}
