export { Article, ArticleShape, ArticleSource, Dateline, Removal, Repair } from './article.js';
export { checkArticleInvariants, type InvariantIssue } from './article-invariants.js';
// a store's reader restores the strings an article's stored JSON leaves out (they repeat its body)
export { shareStrings } from './articles-snapshot.js';
export { bundledCorpusDir } from './bundled.js';
export { Corpus, CorpusEvent, CorpusPerson, CorpusRole, OutcomeReading } from './corpus.js';
export { DateRef, IsoDate, isRealDate, YearBasis } from './date-ref.js';
export { Event, EventKind, Place } from './event.js';
export { Fact, FactKind } from './fact.js';
export { jsonSchemas } from './json-schemas.js';
export { type LoadOptions, loadArticles, loadCorpus } from './load-corpus.js';
export { mergeCorpus } from './merge/merge-corpus.js';
export { sameMeeting } from './merge/merge-keys.js';
export { ModelError, type ModelErrorCode } from './model-error.js';
export { parseArticle } from './parse-article.js';
export { Participant, PersonMention } from './person.js';
export { foldText, nameTokens, personKey } from './person-key.js';
export { CountryCode, Sentence, Source } from './source.js';
export type {
  CorpusStore,
  ExportFormat,
  MeetingChange,
  OpenStoreOptions,
  PutResult,
  StoreChanges,
  StoreDb,
  StoreIndexer,
} from './store/corpus-store.js';
export { DATA_STORE_INDEXERS } from './store/indexers.js';
export { openDataStore, openStore, STORE_FILE } from './store/open-store.js';
export { StoreError, type StoreErrorCode } from './store/store-error.js';
export { WebUrl } from './web-url.js';
export { writeAtomic } from './write-atomic.js';
