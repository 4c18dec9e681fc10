import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionWords } from '../../src/stages/repair/function-words.js';
import { repairText, tokenCounts } from '../../src/stages/repair/repair-text.js';
import { resources } from '../support/resources.js';
import { anyText, RUNS, TIMEOUT } from './arbitraries.js';

const french = resources.dictionary('fr');
const context = (text: string) => ({
  isWord: (w: string) => french?.has(w) ?? false,
  functionWords: functionWords('fr'),
  articleCounts: tokenCounts(text),
});

// pairs of real words glued together, the input the repair exists for (the splitter promises two
// words per token: three glued into one, "Japonlesentre", takes two passes)
const gluedText = fc
  .array(
    fc.constantFrom(
      'le',
      'partenaire',
      'de',
      'soutenir',
      'relations',
      'entre',
      'les',
      'deux',
      'pays',
      'Vietnam',
      'Japon',
      'un',
      'et',
      'globale',
    ),
    {
      minLength: 1,
      maxLength: 30,
    },
  )
  .chain((words) =>
    fc.array(fc.boolean(), { minLength: words.length, maxLength: words.length }).map((glue) =>
      words
        .map((w, i) => (i && glue[i] && !glue[i - 1] ? w : ` ${w}`))
        .join('')
        .trim(),
    ),
  );

describe('repairText (property)', () => {
  it(
    'never throws, only inserts spaces, and records each repair where it is in the output',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyText, gluedText), (text) => {
          const { text: out, repairs } = repairText(text, context(text));
          expect(out.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          for (const r of repairs) {
            expect(out.slice(r.start, r.start + r.to.length)).toBe(r.to);
            expect(r.to.replace(/ /g, '')).toBe(r.from);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'repairing twice changes nothing more',
    () => {
      fc.assert(
        fc.property(gluedText, (text) => {
          const once = repairText(text, context(text)).text;
          expect(repairText(once, context(text)).text).toBe(once);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
