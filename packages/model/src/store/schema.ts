import type { StoreDb } from './corpus-store.js';
import { StoreError } from './store-error.js';

/**
 * Bump when the tables change. A writable open of an older store keeps its articles and derives
 * everything else again in the current tables; a newer one is refused.
 */
export const SCHEMA_VERSION = 3;

// Articles are kept whole (as JSON without the strings that repeat the body, see compact);
// their events, mentions and facts also as rows, to merge and look up without parsing articles.
// Every index page a write touches is written again to the WAL: tables are keyed by how they are
// read (a person's mentions by key) so that most need no second index.
// A person is assembled from its mentions and participations (PeopleMerger); person_name keeps
// each spelling's running count (mentions + meetings attended) for lists and autocomplete.
// Meetings are merged per connected component of the "can be the same meeting" graph: an article
// re-merges only the components its events touch. An event row keeps its article's outcome facts
// about it (the merge reads them); meeting_member says which meeting each event is in, so that a
// reader links a signing ceremony to the meeting it was held at (see linkParts). Ids sort in
// SQLite's byte order, which is the corpus order for ids of [a-z0-9-] (see mergeCorpus's byLocale).
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
  json TEXT NOT NULL,
  facts TEXT NOT NULL
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
CREATE TABLE IF NOT EXISTS meeting_member (
  event_id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS meeting_member_meeting ON meeting_member (meeting_id);
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

/**
 * Creates the tables of a new store, or checks the version of an existing one. An older store
 * opened for writing is emptied into the current tables: the JSON of its articles, in the order they
 * were stored, is returned to be stored again (by the caller, in the same transaction).
 */
export function ensureSchema(db: StoreDb, writable: boolean): string[] {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) {
    if (!writable) throw new StoreError('INCOMPATIBLE', 'the store has no tables (it was never opened for writing)');
    create(db);
    return [];
  }
  const found = Number(db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() ?? Number.NaN);
  if (found === SCHEMA_VERSION) return [];
  if (!(found < SCHEMA_VERSION)) {
    throw new StoreError(
      'INCOMPATIBLE',
      `the store's format is ${found}; this version reads ${SCHEMA_VERSION} and older`,
    );
  }
  if (!writable) {
    throw new StoreError(
      'INCOMPATIBLE',
      `the store's format ${found} is older than ${SCHEMA_VERSION}: open it once for writing (pnpm ingest) to upgrade it`,
    );
  }
  const articles = db.prepare('SELECT json FROM article ORDER BY seq').pluck().all() as string[];
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  for (const t of tables) db.exec(`DROP TABLE "${t.replaceAll('"', '""')}"`);
  create(db);
  return articles;
}

function create(db: StoreDb): void {
  db.exec(TABLES);
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
}
