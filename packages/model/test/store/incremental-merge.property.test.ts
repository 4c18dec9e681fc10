import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeCorpus, openStore, parseArticle } from '../../src/index.js';
import { arbitraryCorpus } from './arbitrary-corpus.js';

describe('incremental merging', () => {
  it('the generated articles are valid', () => {
    fc.assert(
      fc.property(arbitraryCorpus, (articles) => {
        for (const a of articles) parseArticle(a);
      }),
      { numRuns: 50 },
    );
  });

  it('gives, article by article in any order, exactly what a full merge gives', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCorpus, async (articles) => {
        // in memory: the property is about merging; files are tested elsewhere
        const store = await openStore(':memory:');
        try {
          for (const a of articles) await store.putArticle(a);
          const full = mergeCorpus(articles);
          const got = await store.corpus();
          expect(got.events).toEqual(full.events);
          expect(got.people).toEqual(full.people);
          expect(JSON.stringify(got)).toBe(JSON.stringify(full));
        } finally {
          await store.close();
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
