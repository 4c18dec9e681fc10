import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpusDir, mergeCorpus, openStore, parseArticle } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { cloneArticle } from '../src/corpus/clone-article.js';

const files = readdirSync(bundledCorpusDir).filter((f) => f.endsWith('.json'));
const articles = files.map((f) => parseArticle(JSON.parse(readFileSync(join(bundledCorpusDir, f), 'utf8')), f));

describe('cloneArticle (the documented shortcut for corpora beyond what is ingested)', () => {
  it.each(articles.map((a) => [a.id, a] as const))('keeps %s a valid article under a new id', (_id, article) => {
    const clone = cloneArticle(article, 3);
    // every offset and quote still holds, and every source points at the clone
    expect(() => parseArticle(clone)).not.toThrow();
    expect(clone.id).toBe(`${article.id}-c3`);
    expect(clone.source.file).toBe(`c3-${article.source.file}`);
    expect(clone.events.map((e) => e.id)).toEqual(article.events.map((_, i) => `${article.id}-c3-e${i + 1}`));
  });

  it('gives clones that a store takes beside their originals, with one meeting id each, as a full merge does', async () => {
    const clones = articles.flatMap((a) => [1, 2, 3].map((copy) => cloneArticle(a, copy)));
    // stored in an order where clones come before and after what they copy
    const all = [...clones.slice(6), ...articles, ...clones.slice(0, 6)];
    const store = await openStore(':memory:');
    try {
      for (const a of all) await store.putArticle(a);
      const corpus = await store.corpus();
      expect(corpus).toEqual(mergeCorpus(all));
      const ids = corpus.events.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await store.close();
    }
  });

  it('moves a dated meeting by as many days as the copy number, and leaves a date without a year alone', () => {
    const dated = articles.flatMap((a) => a.events.map((e) => [a, e] as const)).filter(([, e]) => e.date);
    expect(dated.length).toBeGreaterThan(0);
    for (const [article, event] of dated) {
      const moved = cloneArticle(article, 2).events[article.events.indexOf(event)];
      const iso = event.date?.iso ?? '';
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
        const days = (Date.parse(moved?.date?.iso ?? '') - Date.parse(iso)) / 86_400_000;
        expect(days).toBe(2);
      } else {
        expect(moved?.date?.iso).toBe(iso);
      }
    }
  });
});
