import type { Article } from '@kizuna/model';
import type { SqlDb } from './sql-db.js';

/**
 * What lists, labels, fact links and meeting ranks need of an article without its text: the
 * article minus body, sentences, mentions and audit trail, with its sentence count.
 */
export type ArticleHeader = Pick<
  Article,
  'id' | 'title' | 'language' | 'publisher' | 'url' | 'published' | 'dateline' | 'source' | 'events' | 'facts'
> & { sentenceCount: number };

export function articleHeader(a: Article): ArticleHeader {
  return {
    id: a.id,
    title: a.title,
    language: a.language,
    publisher: a.publisher,
    url: a.url,
    published: a.published,
    dateline: a.dateline,
    source: a.source,
    events: a.events,
    facts: a.facts,
    sentenceCount: a.sentences.length,
  };
}

/**
 * Keeps the header and the texts its events' evidence points at (what a meeting is found by), so
 * that a reader ranks meetings without reading bodies.
 */
export function indexArticleHeader(db: SqlDb, a: Article): void {
  db.prepare('INSERT OR REPLACE INTO search_article (id, header) VALUES (?, ?)').run(
    a.id,
    JSON.stringify(articleHeader(a)),
  );
  const quote = db.prepare('INSERT OR IGNORE INTO search_quote (article_id, start, "end", text) VALUES (?, ?, ?, ?)');
  for (const e of a.events) for (const s of e.evidence) quote.run(a.id, s.start, s.end, a.body.slice(s.start, s.end));
}

/** Every header in the corpus order (by id). */
export function readArticleHeaders(db: SqlDb): ArticleHeader[] {
  const rows = db.prepare('SELECT header FROM search_article ORDER BY id').all() as { header: string }[];
  return rows.map((r) => JSON.parse(r.header) as ArticleHeader);
}

/** The texts evidence points at, by `articleId start end`. */
export function readQuoteTexts(db: SqlDb): Map<string, string> {
  const rows = db.prepare('SELECT article_id, start, "end", text FROM search_quote').all() as {
    article_id: string;
    start: number;
    end: number;
    text: string;
  }[];
  return new Map(rows.map((r) => [quoteKey(r.article_id, r.start, r.end), r.text]));
}

export const quoteKey = (articleId: string, start: number, end: number) => `${articleId} ${start} ${end}`;
