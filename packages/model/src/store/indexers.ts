import type { StoreIndexer } from './corpus-store.js';

/**
 * The indexers every process opening a data folder's store runs (openDataStore's default), so that
 * ingest, which writes, keeps the tables the bot reads (search, autocomplete) in step. Add an
 * indexer here, not in one app: a writer that does not know it would leave its tables behind.
 */
export const DATA_STORE_INDEXERS: StoreIndexer[] = [];
