import type { StoreIndexer } from '@kizuna/model';
import { indexArticleHeader } from './article-header.js';
import { clearSearchTables, createSearchTables } from './search-schema.js';
import { indexSentences } from './sentence-indexer.js';

/**
 * The search tables kept in step with the store: give it to every process that writes the store
 * (ingest) and to readers that may create it (`openDataStore(dir, { indexers: [searchIndexer] })`).
 */
// a new store imports its first articles before it asks indexers for their tables: made on first use
const ready = new WeakSet<object>();

export const searchIndexer: StoreIndexer = {
  name: 'search',
  version: 2,
  schema: createSearchTables,
  clear: clearSearchTables,
  onArticle(db, article) {
    if (!ready.has(db)) {
      createSearchTables(db);
      ready.add(db);
    }
    indexArticleHeader(db, article);
    indexSentences(db, article);
  },
  // meetings are ranked by the reader from their rows and the evidence texts kept per article
  onMeetings() {},
};
