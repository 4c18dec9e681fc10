import { describe, expect, it } from 'vitest';
import { foldKeepLength } from '../../src/text/fold.js';
import { matchSpans, phraseSource, phrasesRegex } from './phrase-regex-oracle.js';

// the plain longest-first alternation phrasesRegex must match exactly like
const flatRegex = (phrases: string[]) => {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
};

const phrases = [
  'ha noi',
  'hanoi',
  'ha',
  'viet nam',
  'vietnam',
  'vietnamien',
  'vietnamienne',
  'premier ministre',
  'premier',
  'vice-premier ministre',
  'ministre',
  "cote d'ivoire",
  'etats-unis',
  'us',
  'new york',
  'new',
  'a.b.c',
  '(x)',
  'singapore',
];

const texts = [
  'Le Premier ministre vietnamien a rencontré le vice-Premier ministre à Ha  Noi.',
  'Hanoi, Ha Noi, Hà Nội, HaNoi, ha',
  "La Côte d’Ivoire et la Côte d'Ivoire, pas Cote divoire.",
  'New York, New  York, newyork, New-York and the US.',
  'A.B.C (x) a.b.cd premier-ministre vietnamiennes vietnamienne.',
  'Singapore2 singapore_ 2singapore Singapore.',
];

describe('phrasesRegex', () => {
  it.each(texts)('finds what the flat alternation finds in %j', (text) => {
    const folded = foldKeepLength(text);
    const got = matchSpans(text, folded, phrasesRegex(phrases));
    expect(got).toEqual(matchSpans(text, folded, flatRegex(phrases)));
    expect(got.length).toBeGreaterThan(0);
  });

  it('prefers the longest phrase that ends at a word boundary', () => {
    const text = 'le vice-premier ministre et le premier';
    const got = matchSpans(text, foldKeepLength(text), phrasesRegex(phrases)).map((s) => s.text);
    expect(got).toEqual(['vice-premier ministre', 'premier']);
  });
});
