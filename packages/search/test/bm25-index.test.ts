import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../src/index/bm25-index.js';

const doc = (id: number, words: string[][]) => ({ id, fields: [{ weight: 1, terms: words }] });

describe('Bm25Index', () => {
  it('ranks documents holding more query words first, then by score', () => {
    const index = new Bm25Index([
      doc(0, [['a']]),
      doc(1, [['a'], ['b']]),
      doc(2, [['b'], ['b'], ['c']]),
      doc(3, [['c']]),
    ]);
    const hits = index.search([['a'], ['b']]);
    expect(hits.map((h) => h.id)).toEqual([1, 0, 2]);
    expect(hits.map((h) => h.coverage)).toEqual([1, 0.5, 0.5]);
    expect(index.search([['a'], ['b']], 1).map((h) => h.id)).toEqual([1]);
  });

  it('counts a word once through its best alternative', () => {
    const index = new Bm25Index([doc(0, [['x', 'y']]), doc(1, [['y']])]);
    const [first, second] = index.search([['x', 'y']]);
    expect(first?.coverage).toBe(1);
    expect(second?.coverage).toBe(1);
  });

  it('gives the order of a full sort, whatever is taken, and forgets abandoned rankings', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const docs = fc.array(
      fc.array(
        word.map((w) => [w]),
        { maxLength: 6 },
      ),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(docs, fc.array(word, { minLength: 1, maxLength: 3 }), fc.nat(5), (texts, query, take) => {
        const index = new Bm25Index(texts.map((t, i) => doc(i, t)));
        const terms = query.map((w) => [w]);
        const all = index.search(terms);
        const sorted = [...all].sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.id - b.id);
        // ties keep the order documents were first matched in, so compare scores, not ids
        expect(all.map((h) => [h.coverage, h.score])).toEqual(sorted.map((h) => [h.coverage, h.score]));
        // a ranking read only in part leaves the next query's scores untouched
        const partial = index.rank(terms);
        for (let i = 0; i < take; i++) partial.next();
        expect(index.search(terms)).toEqual(all);
        expect(index.search(terms, take)).toEqual(all.slice(0, take));
      }),
    );
  });

  it('scores a document standing for copies as each copy is scored', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd');
    const texts = fc.array(
      fc.array(
        word.map((w) => [w]),
        { maxLength: 5 },
      ),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(
        texts,
        fc.array(fc.nat({ max: 3 }), { minLength: 8, maxLength: 8 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        (distinct, extra, query) => {
          const counts = distinct.map((_, i) => 1 + (extra[i] ?? 0));
          const copies = new Bm25Index(
            distinct.flatMap((t, i) => Array.from({ length: counts[i] ?? 1 }, () => doc(i, t))),
          );
          const once = new Bm25Index(distinct.map((t, i) => ({ ...doc(i, t), count: counts[i] ?? 1 })));
          const terms = query.map((w) => [w]);
          const firstOfEach = (hits: { id: number; score: number; coverage: number }[]) =>
            hits.filter((h, k) => hits.findIndex((x) => x.id === h.id) === k);
          expect(once.search(terms)).toEqual(firstOfEach(copies.search(terms)));
        },
      ),
    );
  });
});
