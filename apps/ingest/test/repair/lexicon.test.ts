import { describe, expect, it } from 'vitest';
import { buildWordList, loadLexicon, sortedLexicon } from '../../src/repair/lexicon.js';

describe('lexicon', { timeout: 30_000 }, () => {
  it('finds words by bisection over a sorted list', () => {
    const lex = sortedLexicon(['alpha', 'bêta', 'gamma', 'été'].sort());
    expect(['alpha', 'bêta', 'gamma', 'été'].every((w) => lex.has(w))).toBe(true);
    expect(['alph', 'delta', 'Alpha', ''].some((w) => lex.has(w))).toBe(false);
  });

  it('knows inflected forms and the proper nouns of the Hunspell stems, in lower case', () => {
    const fr = loadLexicon('fr');
    expect(['coopération', 'renforceront', 'vietnam', 'hanoï', 'cybersécurité'].map((w) => fr?.has(w))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(fr?.has('unpartenaire')).toBe(false);
    expect(loadLexicon('en')?.has('overflight')).toBe(true);
    expect(loadLexicon('xx')).toBeNull();
  });

  it('caches the same words it builds', () => {
    const built = buildWordList('en');
    const lex = loadLexicon('en');
    const sample = built.filter((_, i) => i % 997 === 0);
    expect(sample.every((w) => lex?.has(w))).toBe(true);
    expect(built).toEqual([...built].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
