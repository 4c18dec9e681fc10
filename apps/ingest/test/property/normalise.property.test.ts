import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityText, normalise } from '../../src/stages/normalise/normalise.js';
import { anyText, RUNS, TIMEOUT } from './arbitraries.js';

describe('normalise (property)', () => {
  it(
    'never throws, and cleaning twice changes nothing more',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const once = normalise(text);
          expect(normalise(once)).toBe(once);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'leaves NFC text with one kind of line ending and no doubled or trailing spaces',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const out = normalise(text);
          expect(out).toBe(out.normalize('NFC'));
          expect(out).not.toMatch(/\r| {2}| $|^ /m);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same identity whatever the spacing',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          expect(identityText(text.replace(/ /g, '  \t'))).toBe(identityText(text));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
