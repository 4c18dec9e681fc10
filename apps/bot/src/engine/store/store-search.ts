import type { Article, StoreDb } from '@kizuna/model';
import { type Hit, rankPostings, SENTENCE_KIND, StorePostings, type Term } from '@kizuna/search';
import { type SentenceDocId, type SentenceHit, searchSentences } from '../sentence-search.js';

/** Sentence search over the store's postings: the same ranking and the same reply rules as in memory. */
export class StoreSentenceSearch {
  readonly postings: StorePostings;

  constructor(
    db: StoreDb,
    private readonly articles: ReadonlyMap<string, Article>,
  ) {
    this.postings = new StorePostings(db, SENTENCE_KIND);
  }

  /** Hits with their article and sentence, read only for the hits a reply looks at. */
  *rank(terms: readonly Term[]): Generator<Hit<SentenceDocId>> {
    for (const hit of rankPostings(terms, this.postings)) {
      const [articleId = '', sentenceId] = hit.id.split('\t');
      const article = this.articles.get(articleId);
      const sentence = article?.sentences.find((s) => s.id === sentenceId);
      if (article && sentence) yield { id: { article, sentence }, score: hit.score, coverage: hit.coverage };
    }
  }

  search(text: string, limit: number): SentenceHit[] {
    return searchSentences(this, text, limit);
  }
}
