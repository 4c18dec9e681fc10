import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestError } from '../../src/errors.js';
import { buildArticle } from '../../src/pipeline/build-article.js';
import { checkNews, screenNews } from '../../src/pipeline/news-check.js';
import { ARTICLE_EN, ARTICLE_FR } from '../cli/fixtures.js';
import { resources } from '../support/resources.js';

const build = (text: string | Uint8Array, file = 'x.txt') =>
  buildArticle(
    { bytes: typeof text === 'string' ? Buffer.from(text) : text, file, ingestedAt: '2026-01-01T00:00:00Z' },
    resources,
  );
const texts = (folder: URL) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => [n, readFileSync(new URL(n, folder))] as const);

// the seeds, the held-out articles and the tests' own articles: none may be refused or flagged
const news = [
  ...texts(new URL('../../../../packages/model/data/seeds/', import.meta.url)),
  ...texts(new URL('../extraction/fixtures/held-out/', import.meta.url)),
  ...texts(new URL('../fixtures/', import.meta.url)),
  ['cli-fr', Buffer.from(ARTICLE_FR)] as const,
  ['cli-en', Buffer.from(ARTICLE_EN)] as const,
];
const notNews = texts(new URL('../fixtures/not-news/', import.meta.url));

describe('checkNews', () => {
  it.each(news)('reads %s as news', (name, bytes) => {
    expect(checkNews(build(bytes, name))).toMatchObject({ verdict: 'news' });
  });

  it.each(notNews)('refuses %s, saying why', (name, bytes) => {
    const verdict = checkNews(build(bytes, name));
    expect(verdict.verdict).toBe('not-news');
    expect(verdict.reasons).toContain('no reporting words');
  });

  it('flags, rather than refuses, a text with some of news signals', () => {
    // a dated, named notice with no reporting words, written to "you"
    const text = `Club notice\n\nOn 12 March 2025 you can bring your bike to the Lyon workshop of Marie Dubois. You will need your own lock, and you may bring your own tools if you like.`;
    const { article, flagged } = screenNews(build(text));
    expect(flagged).toBe(true);
    expect(article.warnings.at(-1)).toMatch(/^may not be a news article: no reporting words, written in the first/);
  });

  it('throws a NOT_NEWS IngestError for a recipe', () => {
    const recipe = notNews.find(([n]) => n === 'recipe.txt')?.[1] ?? '';
    expect(() => screenNews(build(recipe))).toThrow(expect.objectContaining({ code: 'NOT_NEWS' }) as IngestError);
  });

  it('has the non-news fixtures it claims', () => {
    expect(notNews.map(([n]) => n).sort()).toEqual(['forum-post.txt', 'poem.txt', 'product-page.txt', 'recipe.txt']);
  });
});
