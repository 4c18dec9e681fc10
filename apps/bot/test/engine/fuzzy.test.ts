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
