import { readFileSync } from 'node:fs';
import type { Article } from '../src/index.js';

/** A fresh copy of the valid article fixture, to break one thing at a time. */
export function validArticle(): Article {
  return JSON.parse(readFileSync(new URL('./fixtures/valid-article.json', import.meta.url), 'utf8')) as Article;
}
