import type { Article, Source } from '@kizuna/model';
import { analyze, type Term } from '@kizuna/search';
import type { SentenceHit } from './sentence-search.js';

/**
 * Where an engine reads what it does not hold: a store-backed engine is given articles without
 * their text (`corpus.articles`: headers, events, facts) and reads the rest from the store.
 */
export interface EngineSources {
  /** Whole articles by id, read on demand. Default: `corpus.articles`. */
  articles: ReadonlyMap<string, Article>;
  /** Best sentences for free text. Default: an in-memory index of `corpus.articles`. */
  search: (text: string, limit: number) => SentenceHit[];
  /** The text evidence points at. Default: a slice of its article's body. */
  quoteText: (s: Source) => string | undefined;
  /** The corpus's sentence count. */
  sentences: number;
}

/** Remembers each text's terms: reprinted and quoted sentences repeat across articles and meetings. */
export function analyzeOnce(): (text: string) => Term[] {
  const analyzed = new Map<string, Term[]>();
  return (text) => {
    let terms = analyzed.get(text);
    if (!terms) {
      terms = analyze(text);
      analyzed.set(text, terms);
    }
    return terms;
  };
}
