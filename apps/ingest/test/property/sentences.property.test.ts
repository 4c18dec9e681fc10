import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/stages/normalise/normalise.js';
import { joinBody } from '../../src/stages/repair/join-body.js';
import { splitSentences } from '../../src/stages/sentences/split-sentences.js';
import { anyText, RUNS, TIMEOUT } from './arbitraries.js';

describe('splitSentences (property)', () => {
  it(
    'never throws, and every sentence is the body between its offsets, in order, inside its paragraph',
    () => {
      fc.assert(
        fc.property(
          fc.array(anyText, { minLength: 1, maxLength: 5 }),
          fc.constantFrom('fr', 'en', 'vi', 'und'),
          fc.nat(40),
          (paragraphs, language, skipLength) => {
            const { body, spans } = joinBody(paragraphs.map((p) => ({ text: normalise(p), repairs: [] })));
            const first = spans[0];
            const skip = new Map([[0, Math.min(skipLength, first ? first.end - first.start : 0)]]);
            const sentences = splitSentences(body, spans, language, skip);
            let last = 0;
            for (const s of sentences) {
              expect(body.slice(s.start, s.end)).toBe(s.text);
              expect(s.start).toBeGreaterThanOrEqual(last);
              expect(s.end).toBeGreaterThan(s.start);
              expect(s.text.trim()).toBe(s.text);
              const span = spans[s.paragraph];
              expect(span && s.start >= span.start && s.end <= span.end).toBe(true);
              last = s.end;
            }
            expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
