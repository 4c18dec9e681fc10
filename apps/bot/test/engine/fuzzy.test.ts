import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixMatch, withinOneEdit } from '../../src/engine/index/fuzzy.js';

describe('withinOneEdit', () => {
  it.each([
    ['kishida', 'kishida', true],
    ['kishda', 'kishida', true],
    ['kisshida', 'kishida', true],
    ['kihsida', 'kishida', true],
    ['kishido', 'kishida', true],
    ['kshda', 'kishida', false],
    ['abc', 'xyz', false],
  ])('%s vs %s → %s', (a, b, want) => {
    expect(withinOneEdit(a, b)).toBe(want);
    expect(withinOneEdit(b, a)).toBe(want);
  });
});

describe('prefixMatch', () => {
  it.each([
    ['dia', 'dialogue', 2],
    ['dailo', 'dialogue', 1],
    ['dialgoue', 'dialogue', 1],
    ['xy', 'xylophone', 2],
    ['xz', 'xylophone', 0],
    ['zzz', 'dialogue', 0],
    ['111', '113', 0],
    ['111', '1110', 2],
  ])('%s in %s → %i', (typed, word, want) => {
    expect(prefixMatch(typed, word)).toBe(want);
  });
});

describe('prefixMatch against its definition', () => {
  // the definition: a prefix of the word of the typed length ±1 within one edit (typed ≥ 3, not a number)
  const reference = (typed: string, word: string): number => {
    if (word.startsWith(typed)) return 2;
    if (typed.length < 3 || /^\d+$/.test(typed)) return 0;
    for (const len of [typed.length - 1, typed.length, typed.length + 1]) {
      if (len > 0 && len <= word.length && withinOneEdit(typed, word.slice(0, len))) return 1;
    }
    return 0;
  };
  // a small alphabet so that near matches are frequent
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1'), maxLength: 7 });

  it('gives the same answer on any pair of words', () => {
    fc.assert(
      fc.property(text, text, (typed, word) => {
        expect(prefixMatch(typed, word)).toBe(reference(typed, word));
      }),
      { numRuns: 5000 },
    );
  });
});
