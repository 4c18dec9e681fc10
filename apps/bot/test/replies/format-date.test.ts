import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/replies/format-date.js';
import { date } from '../support/article-builder.js';

describe('formatDate', () => {
  it.each([
    [date('2023-11-27'), 'fr', '27 novembre 2023'],
    [date('2023-11-27'), 'en', '27 November 2023'],
    [date('2023-11'), 'fr', 'novembre 2023'],
    [date('2023'), 'en', '2023'],
    [date('2024-12-01'), 'fr', '1er décembre 2024'],
    [date('--12-04', 'le 4 décembre'), 'fr', '4 décembre (année non précisée)'],
    [date('--12-04', 'le 4 décembre'), 'en', '4 December (year not stated)'],
    [date('2024-01-30', 'mardi 30 janvier', 'weekday'), 'fr', '30 janvier 2024 (année déduite)'],
  ] as const)('%o in %s → %s', (d, locale, want) => {
    expect(formatDate(d, locale)).toBe(want);
  });
});
