import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsLikeSentence, isHeadlineShaped, wordCount } from '../../src/text/line-signals.js';

// the definitions the hand-written end checks must keep
const endsLikeSentenceByRegex = (t: string) => /[.!?…]["»”’)\]]*$/.test(t.trim());
const endsWithListMark = (t: string) => /[,;:]$/.test(t.trim());

describe('sentence ends', () => {
  it.each([
    ['Il a dit « oui ».', true],
    ['He said: "yes."  ', true],
    ['(Photo : VNA)', false],
    ['Vietnam – Japon :', false],
    ['Attendez…\u00a0', true],
    ['', false],
  ])('%j ends like a sentence: %s', (text, ends) => {
    expect(endsLikeSentence(text)).toBe(ends);
  });

  it('reads the end as the regex over the trimmed text does', () => {
    const piece = fc.constantFrom(
      'a',
      'Word ',
      '.',
      '!',
      '?',
      '…',
      '"',
      '»',
      '”',
      '’',
      ')',
      ']',
      ' ',
      '\n',
      '\u00a0',
      ',',
      ';',
      ':',
      '\t',
      '(',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(endsLikeSentence(text)).toBe(endsLikeSentenceByRegex(text));
        const n = wordCount(text);
        expect(isHeadlineShaped(text, 3)).toBe(
          n > 0 && n <= 3 && !endsLikeSentenceByRegex(text) && !endsWithListMark(text),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
