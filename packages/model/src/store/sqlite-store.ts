import type { Article } from '../article.js';
import type { Corpus, CorpusEvent, CorpusPerson } from '../corpus.js';
import { parseArticle } from '../parse-article.js';
import type { CorpusStore, ExportFormat, PutResult, StoreChanges, StoreDb, StoreIndexer } from './corpus-store.js';
import { exportCorpus } from './export-corpus.js';
import { MERGE_VERSION } from './merge-version.js';
import { rederive } from './rederive.js';
import { StoreError, storeErrorOf } from './store-error.js';
import { StoreReader } from './store-reader.js';
import { StoreWriter } from './store-writer.js';

/** The CorpusStore over one SQLite file (better-sqlite3: every call is synchronous underneath). */
export class SqliteStore implements CorpusStore {
  /** The synchronous reads, for the store's own upkeep (import, indexers). */
  readonly reader: StoreReader;
  private writer: StoreWriter | null = null;
  private closed = false;

  constructor(
    private readonly db: StoreDb,
    readonly path: string,
    readonly readonly: boolean,
    private readonly indexers: readonly StoreIndexer[],
  ) {
    this.reader = new StoreReader(db);
  }

  /** Runs a read or write, turning SQLite's errors into StoreErrors. */
  private run<T>(what: string, f: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError('CLOSED', `${what}: the store is closed`));
    try {
      return Promise.resolve(f());
    } catch (error) {
      return Promise.reject(storeErrorOf(error, what));
    }
  }

  private writable(what: string): StoreWriter {
    if (this.readonly) throw new StoreError('READONLY', `${what}: the store is open read-only`);
    this.writer ??= new StoreWriter(this.db, this.indexers);
    return this.writer;
  }

  /** Stores an article already validated (the pipeline's last stage, an import): synchronous. */
  putValidated(article: Article): PutResult {
    return this.writable(`cannot store ${article.id}`).put(article);
  }

  /** Derives meetings and people again when another version of the merging code derived them (see MERGE_VERSION). */
  rederiveIfStale(): boolean {
    const key = 'merge_code';
    const stored = this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key);
    const now = String(MERGE_VERSION);
    if (stored === now) return false;
    const writer = this.writable('re-deriving');
    // a store never derived by another code (new, or empty) only records this one
    if (stored !== undefined && this.reader.articleCount() > 0) rederive(this.db, this.reader, writer);
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, now);
    return stored !== undefined;
  }

  putArticle(article: Article, options: { validated?: boolean } = {}): Promise<PutResult> {
    return this.run(`storing ${article.id}`, () => {
      if (options.validated) return this.putValidated(article);
      let valid: Article;
      try {
        valid = parseArticle(article);
      } catch (error) {
        throw new StoreError('INVALID_ARTICLE', (error as Error).message, { cause: error });
      }
      return this.putValidated(valid);
    });
  }

  hasArticle(id: string): Promise<boolean> {
    return this.run('reading', () => this.reader.hasArticle(id));
  }
  article(id: string): Promise<Article | null> {
    return this.run('reading', () => this.reader.article(id));
  }
  articles(): Promise<Article[]> {
    return this.run('reading', () => [...this.reader.articles()]);
  }
  articleCount(): Promise<number> {
    return this.run('reading', () => this.reader.articleCount());
  }
  meetings(): Promise<CorpusEvent[]> {
    return this.run('reading', () => [...this.reader.meetings()]);
  }
  meeting(id: string): Promise<CorpusEvent | null> {
    return this.run('reading', () => this.reader.meeting(id));
  }
  people(): Promise<CorpusPerson[]> {
    return this.run('reading', () => this.reader.people());
  }
  person(key: string): Promise<CorpusPerson | null> {
    return this.run('reading', () => this.reader.people(key)[0] ?? null);
  }
  corpus(): Promise<Corpus> {
    // one read transaction: the three parts are of the same moment
    return this.run('reading', () =>
      this.db.transaction(() => ({
        articles: [...this.reader.articles()],
        events: [...this.reader.meetings()],
        people: this.reader.people(),
      }))(),
    );
  }
  changeCount(): Promise<number> {
    return this.run('reading', () => this.reader.changeCount());
  }
  changesSince(change: number): Promise<StoreChanges> {
    return this.run('reading', () => this.reader.changesSince(change));
  }

  async exportTo(target: string | NodeJS.WritableStream, format: ExportFormat): Promise<void> {
    if (this.closed) throw new StoreError('CLOSED', 'export: the store is closed');
    try {
      await exportCorpus(this.reader, target, format);
    } catch (error) {
      throw storeErrorOf(error, 'export');
    }
  }

  sql<T>(query: (db: StoreDb) => T): Promise<T> {
    return this.run('query', () => query(this.db));
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.db.close();
    }
    return Promise.resolve();
  }
}
