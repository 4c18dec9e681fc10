export {
  analyze,
  analyzeJoined,
  analyzeParts,
  documentTerms,
  normalizeText,
  type RawToken,
  rawTokens,
  type Term,
} from './analysis/analyze.js';
export { ordinalTerm, ordinalValue } from './analysis/ordinals.js';
export { analyzeQuery, translateTerms } from './analysis/term-pairs.js';
export { forEachWord } from './analysis/words.js';
export { Bm25Index, type IndexedDoc } from './index/bm25-index.js';
export { HitQueue } from './index/hit-queue.js';
export { dedupeTerms, type Hit, type PostingList, type PostingSource, rankPostings } from './index/rank-postings.js';
export {
  type ArticleHeader,
  articleHeader,
  quoteKey,
  readArticleHeaders,
  readQuoteTexts,
} from './store/article-header.js';
export { docTerms } from './store/doc-terms.js';
export { searchIndexer } from './store/search-indexer.js';
export { clearSearchTables, createSearchTables } from './store/search-schema.js';
export { firstKey, indexSentences, SENTENCE_KIND, sentenceRef } from './store/sentence-indexer.js';
export type { SqlDb, SqlStatement } from './store/sql-db.js';
export { StorePostings } from './store/store-postings.js';
