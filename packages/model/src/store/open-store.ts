import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Article } from '../article.js';
import { shareStrings } from '../articles-snapshot.js';
import { bundledCorpusDir } from '../bundled.js';
import { loadArticles } from '../load-corpus.js';
import type { CorpusStore, OpenStoreOptions, StoreDb, StoreIndexer } from './corpus-store.js';
import { DATA_STORE_INDEXERS } from './indexers.js';
import { ensureSchema } from './schema.js';
import { SqliteStore } from './sqlite-store.js';
import { StoreError, storeErrorOf } from './store-error.js';
import { StoreWriter } from './store-writer.js';

/** The store's file in a data folder. */
export const STORE_FILE = 'kizuna.db';

function connect(path: string, options: OpenStoreOptions): StoreDb {
  const readonly = options.readonly === true;
  if (readonly && !existsSync(path)) throw new StoreError('MISSING', `no store at ${path}`);
  if (!readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly, fileMustExist: readonly });
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  if (!readonly) {
    // WAL: readers never block the writer nor see half a transaction. NORMAL: a committed
    // transaction survives a crash of the process (it is in the WAL file); only a power loss or
    // an OS crash can lose the last transactions before a checkpoint, never corrupt the file.
    // FULL would fsync every commit (~6 ms each).
    // 2 KiB pages: a write rewrites every page it touches into the WAL (about 40 per article at
    // 4 KiB: 134 KB; at 2 KiB: 83 KB). Only a new file takes it; checkpoints (each an fsync) every
    // 4000 pages rather than 1000.
    db.pragma('page_size = 2048');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('wal_autocheckpoint = 4000');
  }
  db.pragma('foreign_keys = OFF');
  return db;
}

/** Brings indexers whose version changed (or that are new) up to date: schema, clear, replay. */
function syncIndexers(db: StoreDb, store: SqliteStore, indexers: readonly StoreIndexer[]): void {
  const version = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  const setVersion = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  for (const ix of indexers) {
    if (version.get(`indexer:${ix.name}`) === String(ix.version)) continue;
    db.transaction(() => {
      ix.schema(db);
      ix.clear(db);
      // ids first: the connection runs no other statement while one iterates
      for (const id of store.reader.articleIds()) ix.onArticle(db, store.reader.article(id) as Article);
      ix.onMeetings(db, { removed: [], added: [...store.reader.meetings()] });
      setVersion.run(`indexer:${ix.name}`, String(ix.version));
    }).immediate();
  }
}

/** Loads the import folders into a store that has never been filled (once, whoever opens it first). */
async function importOnce(db: StoreDb, store: SqliteStore, dirs: readonly string[]): Promise<void> {
  const done = db.prepare("SELECT 1 FROM meta WHERE key = 'imported'").pluck();
  if (!dirs.length || done.get()) return;
  const articles: Article[] = await loadArticles(dirs);
  db.transaction(() => {
    if (done.get()) return;
    for (const a of articles) if (!store.reader.hasArticle(a.id)) store.putValidated(a);
    db.prepare("INSERT INTO meta (key, value) VALUES ('imported', ?)").run(new Date().toISOString());
  }).immediate();
}

/**
 * Opens (or creates) the corpus store in an SQLite file. A new store gets the articles of
 * `importDirs`; indexers are brought up to date on a writable open. Throws StoreError.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<CorpusStore> {
  let db: StoreDb | undefined;
  try {
    db = connect(path, options);
    const conn = db;
    const writable = options.readonly !== true;
    if (writable) {
      conn
        .transaction(() => {
          // an older store: its articles again, in the current tables (indexers are replayed below)
          const older = ensureSchema(conn, true);
          const writer = older.length ? new StoreWriter(conn, []) : null;
          for (const json of older) writer?.put(shareStrings(JSON.parse(json) as Article));
        })
        .immediate();
    } else ensureSchema(conn, false);
    const indexers = options.indexers ?? [];
    const store = new SqliteStore(conn, path, !writable, indexers);
    if (writable) {
      store.rederiveIfStale();
      await importOnce(conn, store, options.importDirs ?? []);
      syncIndexers(conn, store, indexers);
    }
    return store;
  } catch (error) {
    db?.close();
    throw storeErrorOf(error, `opening ${path}`);
  }
}

/**
 * Opens the store of a data folder, `<dataDir>/kizuna.db`; a new one is filled with the bundled
 * seed corpus and the folder's `articles/*.json` (a data folder from before the store). Read-only,
 * a missing store is created first. Indexers: DATA_STORE_INDEXERS unless given.
 */
export async function openDataStore(
  dataDir: string,
  options: Omit<OpenStoreOptions, 'importDirs'> = {},
): Promise<CorpusStore> {
  const path = join(dataDir, STORE_FILE);
  const importDirs = [bundledCorpusDir, join(dataDir, 'articles')];
  const all = { indexers: DATA_STORE_INDEXERS, ...options, importDirs };
  if (options.readonly && !existsSync(path)) await (await openStore(path, { ...all, readonly: false })).close();
  return openStore(path, all);
}
