import { statSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type CorpusStore, openDataStore, type StoreDb, StoreError } from '@kizuna/model';
import { quoteKey, readQuoteTexts, searchIndexer } from '@kizuna/search';
import { EngineError } from '../engine-error.js';
import type { EngineHandle, OpenEngineOptions } from '../open-engine.js';
import { QueryEngine } from '../query-engine.js';
import { slimCorpus } from './slim-corpus.js';
import { StoreArticles } from './store-articles.js';
import { StoreSentenceSearch } from './store-search.js';

// how often a process looks at the store's change counter (one indexed read)
const POLL_MS = 100;

/** Whether the store's search tables are there and current (a writable open brings them up to date). */
function searchTablesReady(db: StoreDb): boolean {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(`indexer:${searchIndexer.name}`);
  return row === String(searchIndexer.version);
}

async function openReadonly(dataDir: string): Promise<CorpusStore> {
  const store = await openDataStore(dataDir, { readonly: true, indexers: [searchIndexer] }).catch((error: unknown) => {
    // an older format: a writable open upgrades it (below)
    if (error instanceof StoreError && error.code === 'INCOMPATIBLE') return null;
    throw error;
  });
  if (store && searchTablesReady(await store.sql((db) => db))) return store;
  // a store written without the search tables, or in an older format: one writable open brings
  // it up to date, then read-only again
  await store?.close();
  await (await openDataStore(dataDir, { indexers: [searchIndexer] })).close();
  return openDataStore(dataDir, { readonly: true, indexers: [searchIndexer] });
}

/** When the store was last written: the newest of the file and its write-ahead log. */
function storeChangedAt(path: string): string | null {
  const times = [path, `${path}-wal`].map((p) => statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  const newest = Math.max(...times);
  return newest ? new Date(newest).toISOString() : null;
}

/** An engine over the store's current contents: articles and sentences stay in the file. */
async function buildEngine(store: CorpusStore, db: StoreDb, sentences: StoreSentenceSearch, articles: StoreArticles) {
  // first: search and /source answer the new articles while the rest is read again
  sentences.postings.refresh();
  await nextTurn();
  const { corpus, sentences: count } = await slimCorpus(store, db);
  await nextTurn();
  const quotes = readQuoteTexts(db);
  await nextTurn();
  return new QueryEngine(corpus, {
    changedAt: storeChangedAt(store.path),
    sources: {
      articles,
      search: (text, limit) => sentences.search(text, limit),
      quoteText: (s) => quotes.get(quoteKey(s.articleId, s.start, s.end)),
      sentences: count,
    },
  });
}

/**
 * Opens `<dataDir>/kizuna.db` read-only and answers from it. With `watch`, the store's change
 * counter is read every 100 ms: sentence search reads the new postings as they are, and the
 * meetings and people are read again from the store's rows (stopgap: not incremental yet).
 */
export async function openStoreEngine(options: OpenEngineOptions): Promise<EngineHandle> {
  let store: CorpusStore;
  try {
    store = await openReadonly(options.dataDir);
  } catch (error) {
    throw new EngineError('CORPUS_UNREADABLE', `cannot open the store in ${options.dataDir}`, { cause: error });
  }
  const db = await store.sql((d) => d);
  const articles = new StoreArticles(db);
  const sentences = new StoreSentenceSearch(db, articles);
  let seen = await store.changeCount();
  let engine = await buildEngine(store, db, sentences, articles);
  let timer: NodeJS.Timeout | undefined;
  let busy = false;
  if (options.watch) {
    timer = setInterval(() => {
      if (busy) return;
      busy = true;
      store
        .changeCount()
        .then(async (now) => {
          if (now === seen) return;
          const next = await buildEngine(store, db, sentences, articles);
          seen = now;
          engine = next;
          options.onReload?.(next);
        })
        .catch((error: unknown) => options.onReloadError?.(error))
        .finally(() => {
          busy = false;
        });
    }, POLL_MS);
    timer.unref();
  }
  return {
    current: () => engine,
    close: async () => {
      if (timer) clearInterval(timer);
      await store.close();
    },
  };
}
