import { describe, expect, it } from 'vitest';
import { dictionaryWords, loadDictionary, sortedDictionary } from '../../src/resources/dictionary.js';

describe('dictionary', { timeout: 30_000 }, () => {
  it('finds words by bisection over a sorted list', () => {
    const dictionary = sortedDictionary(['alpha', 'bêta', 'gamma', 'été'].sort());
    expect(['alpha', 'bêta', 'gamma', 'été'].every((w) => dictionary.has(w))).toBe(true);
    expect(['alph', 'delta', 'Alpha', ''].some((w) => dictionary.has(w))).toBe(false);
  });

  it('knows inflected forms and the proper nouns of the Hunspell stems, in lower case', async () => {
    const fr = await loadDictionary('fr');
    expect(['coopération', 'renforceront', 'vietnam', 'hanoï', 'cybersécurité'].map((w) => fr?.has(w))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(fr?.has('unpartenaire')).toBe(false);
    expect((await loadDictionary('en'))?.has('overflight')).toBe(true);
    expect(await loadDictionary('xx')).toBeNull();
  });

  it('caches the same words it builds', async () => {
    const built = dictionaryWords('en');
    const dictionary = await loadDictionary('en');
    const sample = built.filter((_, i) => i % 997 === 0);
    expect(sample.every((w) => dictionary?.has(w))).toBe(true);
    expect(built).toEqual([...built].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
