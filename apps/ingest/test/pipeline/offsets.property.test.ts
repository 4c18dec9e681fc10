import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/stages/blocks/segment.js';
import { classify } from '../../src/stages/classify/classify.js';
import { normalise } from '../../src/stages/normalise/normalise.js';
import { functionWords } from '../../src/stages/repair/function-words.js';
import { repairText, tokenCounts } from '../../src/stages/repair/repair-text.js';
import { splitSentences } from '../../src/stages/sentences/split-sentences.js';
import { resources } from '../support/resources.js';

const word = fc.constantFrom(
  'le',
  'Japon',
  'M.',
  'accord',
  'unpartenaire',
  'Dr',
  'n°',
  'signé',
  'HanoïTokyo',
  '«',
  '»',
  'l’undes',
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('.', '!', '?', ''))
  .map(([ws, end]) => `${ws.join(' ')}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const text = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((ps) => ps.join('\n\n'));

describe('offsets hold for any text', { timeout: 60_000 }, () => {
  const dictionary = resources.dictionary('fr');
  it('every repair is found at its offset in the repaired text', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (!dictionary) return;
        const r = repairText(t, {
          isWord: (w) => dictionary.has(w),
          functionWords: functionWords('fr'),
          articleCounts: tokenCounts(t),
        });
        for (const rep of r.repairs) expect(r.text.slice(rep.start, rep.start + rep.to.length)).toBe(rep.to);
        expect(r.text.replace(/ /g, '')).toBe(t.replace(/ /g, ''));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('every sentence is its slice of the body, in order, never empty', () => {
    fc.assert(
      fc.property(text, (t) => {
        const spans: { start: number; end: number }[] = [];
        let at = 0;
        for (const p of t.split('\n\n')) {
          spans.push({ start: at, end: at + p.length });
          at += p.length + 2;
        }
        const s = splitSentences(t, spans, 'fr');
        let last = 0;
        for (const x of s) {
          expect(t.slice(x.start, x.end)).toBe(x.text);
          expect(x.text.trim()).toBe(x.text);
          expect(x.start).toBeGreaterThanOrEqual(last);
          last = x.end;
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('classification keeps one block per non-empty line, text unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 15 }), (lines) => {
        const t = normalise(lines.join('\n'));
        const blocks = classify(segment(t));
        expect(
          blocks
            .map((b) => b.text)
            .join(' ')
            .replace(/\s+/g, ''),
        ).toBe(t.replace(/\s+/g, ''));
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
