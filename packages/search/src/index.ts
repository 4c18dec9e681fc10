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
export { Bm25Index, type Hit, type IndexedDoc } from './index/bm25-index.js';
export { HitQueue } from './index/hit-queue.js';
