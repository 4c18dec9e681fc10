import type { Corpus } from '@kizuna/model';

/** Corpus size and freshness. */
export interface CorpusStats {
  articles: number;
  events: number;
  people: number;
  sentences: number;
  facts: number;
  lastIngest: string | null;
  /** When the corpus last changed: the newest of the last ingest and the folder's modification times. */
  lastChanged: string | null;
  languages: Record<string, number>;
  publishers: string[];
}

/** The corpus's size and freshness; `people` is the number of people as the engine shows them. */
export function corpusStats(
  corpus: Corpus,
  people: number,
  changedAt: string | null = null,
  sentences = corpus.articles.reduce((n, a) => n + a.sentences.length, 0),
): CorpusStats {
  const languages: Record<string, number> = {};
  let lastIngest: string | null = null;
  for (const a of corpus.articles) {
    languages[a.language] = (languages[a.language] ?? 0) + 1;
    if (!lastIngest || Date.parse(a.source.ingestedAt) > Date.parse(lastIngest)) lastIngest = a.source.ingestedAt;
  }
  return {
    articles: corpus.articles.length,
    events: corpus.events.length,
    people,
    sentences,
    facts: corpus.articles.reduce((n, a) => n + a.facts.length, 0),
    lastIngest,
    lastChanged: [lastIngest, changedAt].reduce<string | null>(
      (a, b) => (!b ? a : !a || Date.parse(b) > Date.parse(a) ? b : a),
      null,
    ),
    languages,
    publishers: [...new Set(corpus.articles.flatMap((a) => (a.publisher ? [a.publisher] : [])))].sort(),
  };
}
