import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { bundledCorpusDir, loadCorpus, ModelError, STORE_FILE } from '@kizuna/model';
import { EngineError } from './engine-error.js';
import { folderChangedAt } from './folder-changed.js';
import { QueryEngine } from './query-engine.js';
import { openStoreEngine } from './store/open-store-engine.js';
import { type FolderWatch, watchFolder } from './watch-folder.js';

/** Where the corpus comes from and whether to follow changes. */
export interface OpenEngineOptions {
  /** The corpus folder; its `articles/` subfolder is loaded after the bundled corpus. */
  dataDir: string;
  /** Rebuild when files under `dataDir/articles` change. */
  watch?: boolean;
  /** Called when a rebuild fails; the last good engine stays in use. */
  onReloadError?: (error: unknown) => void;
  /** Called after a successful rebuild. */
  onReload?: (engine: QueryEngine) => void;
  /** Load the bundled seed corpus too (default true). */
  bundled?: boolean;
  /**
   * Where to keep the snapshot of validated articles that makes the next start fast (a cache:
   * see `loadArticles`), or false for none. Default: `<dataDir>/.cache/articles.snapshot`.
   */
  snapshot?: string | false;
  /** Called when the snapshot cannot be written; loading goes on without it. */
  onSnapshotError?: (error: unknown) => void;
  /**
   * Answer from the store `<dataDir>/kizuna.db` when there is one (default), reading it without
   * loading it; false: load every article into memory (the engine the store is compared with).
   */
  store?: boolean;
}

/** The current engine, replaced on reload. */
export interface EngineHandle {
  current(): QueryEngine;
  close(): Promise<void>;
}

// editors and the ingest app write several files at once: rebuild once they are done
const DEBOUNCE_MS = 250;

/** Loads and validates the corpus, builds the engine, and with `watch` rebuilds it when files change. */
export async function openEngine(options: OpenEngineOptions): Promise<EngineHandle> {
  // a store holds the bundled corpus too: without it, the files are loaded
  const fromStore = options.store !== false && options.bundled !== false;
  if (fromStore && existsSync(join(options.dataDir, STORE_FILE))) return openStoreEngine(options);
  const dirs = [...(options.bundled === false ? [] : [bundledCorpusDir]), join(options.dataDir, 'articles')];
  const snapshot = options.snapshot ?? join(options.dataDir, '.cache', 'articles.snapshot');
  const onSnapshotError = (error: unknown) => options.onSnapshotError?.(error);
  const build = async () => {
    try {
      // files are read asynchronously; between the synchronous stages (merge, indexes) the event
      // loop gets a turn, so a reload pauses answers for one stage at a time, not for the whole build
      const corpus = await loadCorpus(dirs, snapshot ? { snapshot, onSnapshotError } : {});
      // the user's folder, not the bundled corpus, whose files change only with a new checkout
      const changedAt = await folderChangedAt(join(options.dataDir, 'articles'));
      await nextTurn();
      return new QueryEngine(corpus, { changedAt });
    } catch (error) {
      if (error instanceof ModelError && error.code === 'INVALID_CORPUS') {
        throw new EngineError('CORPUS_INVALID', error.message, { cause: error });
      }
      throw new EngineError('CORPUS_UNREADABLE', `cannot load the corpus from ${dirs.join(', ')}`, { cause: error });
    }
  };
  let engine = await build();
  let watcher: FolderWatch | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  if (options.watch) {
    // a slow build must not replace the result of a later one
    let generation = 0;
    const reload = () => {
      timer = undefined;
      const mine = ++generation;
      build().then(
        (next) => {
          if (closed || mine !== generation) return;
          engine = next;
          options.onReload?.(next);
        },
        (error: unknown) => {
          if (!closed && mine === generation) options.onReloadError?.(error);
        },
      );
    };
    // the articles folder may not exist yet: watchFolder waits for it
    watcher = watchFolder(
      join(options.dataDir, 'articles'),
      () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(reload, DEBOUNCE_MS);
      },
      (error) => options.onReloadError?.(error),
    );
  }

  return {
    current: () => engine,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}
