import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/stages/dates/find-dates.js';
import { resolveDate } from '../../../src/text/resolve-date.js';

const ref = new Date(Date.UTC(2000, 0, 1));
const none = { documentDate: null, statedYears: [], anchor: null };
const published = (iso: string) => ({ iso, text: iso, year: 'stated' as const });

describe('findDates + resolveDate', () => {
  it.each([
    ['fr', 'Le 4 décembre, à Tokyo, au Japon, s’est tenu le premier dialogue.', none, '--12-04', 'unknown'],
    ['fr', 'Le sommet a eu lieu le 29 novembre 2016 à Tokyo.', none, '2016-11-29', 'stated'],
    ['fr', 'Du 25 au 27 décembre 2016, la délégation a visité Hanoï.', none, '2016-12-25', 'stated'],
    ['en', 'The two leaders met on February 27, 2024 in Hanoi.', none, '2024-02-27', 'stated'],
    ['en', 'They held talks on Dec 4.', none, '--12-04', 'unknown'],
    ['fr', 'Publié le 28/11/2023.', none, '2023-11-28', 'stated'],
    ['fr', 'Elle s’est tenue en novembre 2023.', none, '2023-11', 'stated'],
    ['fr', 'Les relations ont été établies en 1973.', none, '1973', 'stated'],
    [
      'fr',
      'Le président a été reçu le 27 novembre.',
      { ...none, documentDate: published('2023-11-28') },
      '2023-11-27',
      'inferred',
    ],
    [
      'fr',
      'Ils se sont rencontrés le 28 décembre.',
      { ...none, documentDate: published('2024-01-05') },
      '2023-12-28',
      'inferred',
    ],
    [
      'fr',
      'La réunion s’est tenue mardi 30 janvier à Tokyo.',
      { ...none, statedYears: [2023] },
      '2024-01-30',
      'inferred',
    ],
    ['fr', 'La réunion s’est tenue mardi 30 janvier à Tokyo.', none, '--01-30', 'unknown'],
    [
      'en',
      'Abe said on Monday that Japan would help.',
      { ...none, documentDate: published('2017-01-17') },
      '2017-01-16',
      'inferred',
    ],
    [
      'fr',
      'Le même jour, il a reçu le ministre.',
      { ...none, anchor: { iso: '--11-29', text: 'le 29 novembre', year: 'unknown' as const } },
      '--11-29',
      'unknown',
    ],
    [
      'en',
      'A day earlier, the ministers met.',
      { ...none, anchor: { iso: '2021-11-24', text: 'on November 24', year: 'stated' as const } },
      '2021-11-23',
      'inferred',
    ],
    // the occasion or the hours around the meeting just told are its day
    [
      'fr',
      'À cette occasion, les deux ministres ont signé un accord.',
      { ...none, anchor: { iso: '2014-08-01', text: 'vendredi 1er août 2014', year: 'stated' as const } },
      '2014-08-01',
      'inferred',
    ],
    [
      'en',
      'Earlier in the day, the ministers paid a courtesy call on the president.',
      { ...none, anchor: { iso: '2024-07-30', text: 'on July 30', year: 'stated' as const } },
      '2024-07-30',
      'inferred',
    ],
    [
      'fr',
      "L'après-midi, le chancelier l'a accueilli au château.",
      { ...none, anchor: { iso: '--05-28', text: 'mardi 28 mai', year: 'unknown' as const } },
      '--05-28',
      'unknown',
    ],
  ])('%s: %s', (language, sentence, ctx, iso, year) => {
    const [first] = findDates(sentence, language, ref);
    expect(first).toBeDefined();
    const d = first ? resolveDate(first, ctx) : null;
    expect(d?.iso).toBe(iso);
    expect(d?.year).toBe(year);
    if (d?.year === 'inferred') expect(d.basis).toBeTruthy();
    if (d) expect(sentence).toContain(d.text);
  });

  it.each([
    ['en', 'On November 15, for about 30 minutes, the prime minister held a meeting.', ['November 15']],
    ['en', 'They spoke for about 80 minutes in a 45-minute call.', []],
    ['fr', 'La réunion a commencé à 10h30.', []],
  ])('reads durations and clock times as no date (%s: %s)', (language, sentence, texts) => {
    expect(
      findDates(sentence, language, ref)
        .filter((d) => d.precision === 'day')
        .map((d) => d.text),
    ).toEqual(texts);
  });

  it('does not read "mer" (sea) as a weekday in French', () => {
    expect(findDates('la sécurité de la navigation en mer Orientale', 'fr', ref)).toEqual([]);
  });
});
