import { parseArticle } from '@kizuna/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, inputFrom } from '../support/extraction.js';

// words from both languages' meeting reports, shuffled into sentences the rules never saw
const WORDS = [
  'Le',
  'le',
  'la',
  'vice-ministre',
  'Premier',
  'ministre',
  'President',
  'Prime',
  'Minister',
  'Nguyen',
  'Van',
  'An',
  'Kishida',
  'Fumio',
  'Tokyo',
  'Hanoï',
  'à',
  'in',
  'on',
  'Monday',
  'mardi',
  '30',
  'janvier',
  '2024',
  'le 4 décembre',
  'entretiens',
  'talks',
  'met',
  'a reçu',
  'dialogue',
  '(2+2)',
  '13e',
  'réunion',
  'et',
  'and',
  ',',
  'japonais',
  'Vietnamese',
  'counterpart',
  'homologue',
  'M.',
  'Mme',
  'la veille',
  'the same day',
  'signed',
  'mémorandum',
  'délégation',
  'japonaise',
  'coprésidée',
  'par',
  'œuvre',
  'Đà Nẵng',
  'HoàngXuân',
  'Chiên',
  '’',
  '«',
  '»',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 })
  .map((ws) => `${ws.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));

describe('extraction on arbitrary sentences', () => {
  it('never throws, and every quote and source it gives is valid', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('fr', 'en'),
        (lines, language) => {
          const input = inputFrom(lines.join('\n'), {
            language,
            published: { iso: '2024-02-01', text: '1er février 2024', year: 'stated' },
          });
          const out = extract(input);
          const article = parseArticle({
            id: input.id,
            title: null,
            language,
            publisher: null,
            url: null,
            published: input.published,
            dateline: null,
            body: input.body,
            sentences: input.sentences,
            removed: [],
            repairs: [],
            ...out,
            source: { file: 'x.txt', sha256: '0'.repeat(64), bytes: 1, ingestedAt: '2025-01-01T00:00:00.000Z' },
          });
          for (const e of article.events) {
            // a year is never invented: inferred years say why
            if (e.date?.year === 'inferred') expect(e.date.basis).toBeTruthy();
          }
        },
      ),
      { numRuns: 60, seed: 20261122 },
    );
  });

  it('returns nothing for an article without sentences', () => {
    expect(extract(inputFrom(''))).toEqual({ people: [], events: [], facts: [], warnings: [] });
  });
});
