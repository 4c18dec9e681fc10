import type { Article } from '@kizuna/model';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bm25Index, type IndexedDoc } from '../src/index/bm25-index.js';
import { rankPostings } from '../src/index/rank-postings.js';
import { createSearchTables } from '../src/store/search-schema.js';
import { indexSentences, SENTENCE_KIND, sentenceRef } from '../src/store/sentence-indexer.js';
import { StorePostings } from '../src/store/store-postings.js';

// words as their own terms, "x/y" as one word with two alternatives (as French and English stems are)
const analyzeText = (text: string) =>
  text
    .split(' ')
    .filter(Boolean)
    .map((w) => w.split('/'));

const articleOf = (id: string, texts: string[]) =>
  ({ id, sentences: texts.map((text, i) => ({ id: `s${i}`, text })) }) as unknown as Article;

/** The in-memory index as the bot builds it: one document per distinct text, articles by id. */
function memoryIndex(articles: Article[]): Bm25Index<string> {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  const copies = new Map<string, { ref: string; count: number }>();
  for (const a of sorted) {
    for (const s of a.sentences) {
      const first = copies.get(s.text);
      if (first) first.count += 1;
      else copies.set(s.text, { ref: sentenceRef(a.id, s.id), count: 1 });
    }
  }
  const docs: IndexedDoc<string>[] = [...copies].map(([text, { ref, count }]) => ({
    id: ref,
    fields: [{ weight: 1, terms: analyzeText(text) }],
    count,
  }));
  return new Bm25Index(docs);
}

function storeOf(articles: Article[]) {
  const db = new Database(':memory:');
  createSearchTables(db);
  // the store receives articles in any order (the order they were ingested)
  for (const a of articles) db.transaction(() => indexSentences(db, a, analyzeText))();
  return db;
}

describe('StorePostings', () => {
  it('ranks as the in-memory index does, ties included, whatever order articles arrived in', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'a/b', 'c/f', 'g');
    const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
    const article = fc.array(text, { minLength: 1, maxLength: 4 });
    const corpus = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,3}$/), article), {
      minLength: 1,
      maxLength: 12,
      selector: ([id]) => id,
    });
    const query = fc.array(word, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(corpus, fc.array(query, { minLength: 1, maxLength: 4 }), (entries, queries) => {
        const articles = entries.map(([id, texts]) => articleOf(id, texts));
        const memory = memoryIndex(articles);
        const db = storeOf(articles);
        const store = new StorePostings(db, SENTENCE_KIND);
        for (const q of queries) {
          const terms = q.map((w) => w.split('/'));
          expect([...rankPostings(terms, store)]).toEqual([...memory.rank(terms)]);
        }
        db.close();
      }),
      { numRuns: 150 },
    );
  });

  it('sees a new article after refresh, without a rebuild', () => {
    const db = storeOf([articleOf('b', ['a c'])]);
    const store = new StorePostings(db, SENTENCE_KIND);
    expect([...rankPostings([['a']], store)].map((h) => h.id)).toEqual(['b\ts0']);
    db.transaction(() => indexSentences(db, articleOf('a', ['a c', 'a d']), analyzeText))();
    expect(store.refresh()).toBe(true);
    expect(store.refresh()).toBe(false);
    // the copy in "a" comes first in the corpus order, so it now stands for the text
    expect([...rankPostings([['a']], store)].map((h) => h.id)).toEqual(['a\ts0', 'a\ts1']);
  });
});
