import type BetterSqlite3 from 'better-sqlite3';
import type { Article } from '../article.js';
import type { Corpus, CorpusEvent, CorpusPerson } from '../corpus.js';

/** The SQLite connection an indexer and `sql` work with (better-sqlite3: synchronous calls). */
export type StoreDb = BetterSqlite3.Database;

/** What one write changed among the merged meetings: removed ids, then the meetings as they now are. */
export interface MeetingChange {
  /** Ids of meetings that no longer exist (merged into another, or re-formed under another id). */
  removed: string[];
  /** Meetings created or changed by the write, whole. An id can be both removed and added. */
  added: CorpusEvent[];
}

/**
 * A derived table kept in step with the corpus inside the store's own transactions (search,
 * autocomplete). Every hook runs synchronously inside the write's transaction: an error rolls the
 * whole article back. When `version` differs from the one the store recorded (or the indexer is
 * new), a writable open calls `schema`, then `clear`, then replays every article and meeting.
 */
export interface StoreIndexer {
  /** Unique among indexers; the indexer's tables should start with it. */
  name: string;
  /** Bump when the tables or what goes into them change: the store rebuilds them. */
  version: number;
  /** Creates the indexer's tables if missing (`CREATE TABLE IF NOT EXISTS …`). */
  schema(db: StoreDb): void;
  /** Empties the indexer's tables before a rebuild. */
  clear(db: StoreDb): void;
  /** A new article, already validated and stored. */
  onArticle(db: StoreDb, article: Article): void;
  /** The merged meetings the same write removed and (re)created. */
  onMeetings(db: StoreDb, change: MeetingChange): void;
}

/** What changed since a change number (see `changeCount`). */
export interface StoreChanges {
  /** The change number now: pass it to the next `changesSince`. */
  to: number;
  /** Articles added, in the order they were stored. */
  articles: string[];
  /** Meetings that are gone (and not back under the same id). */
  removedMeetings: string[];
  /** Meetings added or changed (read them with `meeting(id)`). */
  meetings: string[];
  /** People whose merged record changed (read them with `person(key)`). */
  people: string[];
}

/** The result of storing an article. */
export interface PutResult {
  /** The change number of this write. */
  change: number;
  /** What the article changed among the merged meetings. */
  meetings: MeetingChange;
  /** Keys of the people whose merged record changed. */
  people: string[];
}

export type ExportFormat = 'json' | 'ndjson';

/**
 * The corpus: articles, with meetings and people merged across them exactly as `mergeCorpus`
 * merges them, kept up to date one article at a time. Every method is async so that another
 * database can take SQLite's place behind the same interface.
 */
export interface CorpusStore {
  /** The database file. */
  readonly path: string;
  readonly readonly: boolean;

  /**
   * Validates and stores one article with everything derived from it, in one transaction: its
   * events, people and facts, the meetings and people it joins, the indexers' rows. Throws
   * `StoreError` 'DUPLICATE' when its id is stored already (the store is then unchanged).
   * `validated`: the caller vouches that the article came out of `parseArticle` (ingest's last
   * stage), which is then not run again.
   */
  putArticle(article: Article, options?: { validated?: boolean }): Promise<PutResult>;
  /** Whether an article with this id is stored. */
  hasArticle(id: string): Promise<boolean>;
  article(id: string): Promise<Article | null>;
  /** Every article, in the corpus order (by id). */
  articles(): Promise<Article[]>;
  articleCount(): Promise<number>;
  /** Every merged meeting, in the corpus order (that of `mergeCorpus`). */
  meetings(): Promise<CorpusEvent[]>;
  meeting(id: string): Promise<CorpusEvent | null>;
  /** Every merged person, by key. */
  people(): Promise<CorpusPerson[]>;
  person(key: string): Promise<CorpusPerson | null>;
  /** The whole corpus (equal to `mergeCorpus(await articles())`), for tools that want it at once. */
  corpus(): Promise<Corpus>;
  /** A number that grows with every write; 0 for an empty store. */
  changeCount(): Promise<number>;
  changesSince(change: number): Promise<StoreChanges>;
  /**
   * Writes the corpus to a file (atomically) or a stream: 'json' is one `Corpus` object;
   * 'ndjson' is one `{"type":"article"|"meeting"|"person","value":…}` object per line.
   */
  exportTo(target: string | NodeJS.WritableStream, format: ExportFormat): Promise<void>;
  /** Runs a query on the SQLite connection (an indexer's own tables); SQLite-specific. */
  sql<T>(query: (db: StoreDb) => T): Promise<T>;
  close(): Promise<void>;
}

/** How to open a store. */
export interface OpenStoreOptions {
  /** Open for reading only (a bot process); the file must exist. Default false. */
  readonly?: boolean;
  /** Derived tables kept in step with the corpus (see StoreIndexer). */
  indexers?: readonly StoreIndexer[];
  /**
   * Folders of article JSON files loaded into a store that is new (the bundled seed corpus,
   * an existing data folder's articles/): once, when the file is created. Default none.
   */
  importDirs?: readonly string[];
  /** How long a write waits for another process's write to finish, in ms. Default 5000. */
  busyTimeoutMs?: number;
}
