export { EngineError, type EngineErrorCode } from './engine-error.js';
export type { SourcedFact } from './link-facts.js';
export { type EngineHandle, type OpenEngineOptions, openEngine } from './open-engine.js';
export type { PersonView } from './people.js';
export {
  type CorpusStats,
  type Lookup,
  QueryEngine,
  type Quote,
  type SentenceHit,
  type Timeline,
  type TimelineFilter,
} from './query-engine.js';
