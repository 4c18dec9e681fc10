import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMatchNotAfter, matchesNotAfter } from '../../src/text/not-after.js';

// matchesNotAfter(re, /C$/) must find what the regex with a leading (?<!C) finds, for patterns
// that start with a letter or space as the callers' do (V8 tries an empty match inside a surrogate
// pair, which the helper does not)
const cases: [string, string][] = [
  ['(?:hier|yesterday|demain)(?!\\p{L})', '\\p{L}'],
  ['(?:(?:on|ce)\\s+)?(lundi|monday)', '\\p{L}'],
  ['(?:en|in|fin)\\s+((?:19|20)\\d{2})(?![\\d\\p{L}])', '[\\p{L}\\d]'],
  ['(?:talks?|met|a)\\s*', '[\\p{L}\\p{N}]'],
];

const same = (pattern: string, cls: string, text: string) => {
  const expected = [...text.matchAll(new RegExp(`(?<!${cls})(?:${pattern})`, 'gu'))].map((m) => [m.index, m[0]]);
  const got = matchesNotAfter(text, new RegExp(pattern, 'gu'), new RegExp(`${cls}$`, 'u')).map((m) => [m.index, m[0]]);
  expect(got).toEqual(expected);
  expect(hasMatchNotAfter(text, new RegExp(pattern, 'gu'), new RegExp(`${cls}$`, 'u'))).toBe(expected.length > 0);
};

describe('matchesNotAfter', () => {
  it.each(cases)('finds what a leading look-behind finds: %s', (pattern, cls) => {
    same(pattern, cls, 'Hier, ahier, on lundi, hon monday, en 2014, fin2014, in 2019x, 3in 2020, talks met xa 𝐀met');
  });

  it('finds what a leading look-behind finds in random text', () => {
    const piece = fc.constantFrom(
      'hier',
      'demain',
      'on ',
      'lundi',
      'en ',
      '2014',
      'talks',
      'met',
      'a',
      'x',
      ' ',
      'é',
      '7',
      '𝐀',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.constantFrom(...cases), (parts, [pattern, cls]) => {
        same(pattern, cls, parts.join(''));
      }),
      { numRuns: 300 },
    );
  });
});
