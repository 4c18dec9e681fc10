import { describe, expect, it } from 'vitest';
import type { ClassifiedBlock } from '../../../src/draft/blocks.js';
import { detectLanguage } from '../../../src/stages/language/detect-language.js';
import { bylinePlace } from '../../../src/stages/metadata/byline-place.js';
import { datelineDate, matchDateline } from '../../../src/stages/metadata/dateline.js';
import { publishedDate } from '../../../src/stages/metadata/published.js';
import { domainOf, publisherOfLine, undouble } from '../../../src/stages/metadata/publisher.js';
import { splitTitleSuffix } from '../../../src/stages/metadata/title.js';
import { firstDate, isoOf } from '../../../src/text/first-date.js';

describe('firstDate', () => {
  it.each([
    ['Publié le 05/06/2021 à 10h00', '2021-06-05'],
    ['Updated: 3 Mar 2022, 11:40 GMT+7', '2022-03-03'],
    ['Wednesday, April 5, 2023 | 09:15', '2023-04-05'],
    ['le 1er août 2014', '2014-08-01'],
    ['8 mars', '--03-08'],
    ['Jan. 30', '--01-30'],
    // a weekday before a numeric date does not make it month-first
    ['Monday 04/07/2022', '2022-07-04'],
  ])('%s → %s', (text, iso) => {
    const d = firstDate(text);
    expect(d && isoOf(d)).toBe(iso);
  });
  it('finds nothing in a sentence without a date', () => {
    expect(firstDate('La mer Orientale est calme.')).toBeNull();
  });
});

describe('matchDateline', () => {
  it.each([
    ['Phnom Penh, 3 mars (AKP) – Le ministre…', 'Phnom Penh', '3 mars', 'AKP'],
    ['Manille (PNA) – Le président…', 'Manille', null, 'PNA'],
    ['SEOUL — The minister said…', 'SEOUL', null, null],
    ['JAKARTA, Feb. 2 — Officials…', 'JAKARTA', 'Feb. 2', null],
    ['NEW DELHI, Aug 1 (ANI): India and…', 'NEW DELHI', 'Aug 1', 'ANI'],
  ])('%s', (text, place, date, agency) => {
    const m = matchDateline(text);
    expect(m?.place).toBe(place);
    expect(m?.dateText ?? null).toBe(date);
    expect(m?.agency ?? null).toBe(agency);
    expect(text.slice(m?.length ?? 0)).toMatch(/^\p{Lu}/u);
  });
  it.each([['Le Vietnam - Japon a signé.'], ['Vietnam-Inde : un dialogue'], ['The talks – held in Rome – ended.']])(
    'finds none in %s',
    (text) => {
      expect(matchDateline(text)).toBeNull();
    },
  );
  it('never invents a year: inferred from the publication date with a basis, else unknown', () => {
    const m = matchDateline('Hanoï, 30 décembre (VNA) – Texte');
    if (!m) throw new Error('no dateline');
    expect(datelineDate(m, { iso: '2024-01-02', text: '02/01/2024', year: 'stated' })).toEqual({
      iso: '2023-12-30',
      text: '30 décembre',
      year: 'inferred',
      basis: 'publication date 2024-01-02',
    });
    expect(datelineDate(m, null)).toEqual({ iso: '--12-30', text: '30 décembre', year: 'unknown' });
  });
});

describe('publisher lines', () => {
  it.each([
    ['Le Courrier du SudLe Courrier du Sud05/06/2021', 'Le Courrier du Sud'],
    ['© The Mekong Post', 'The Mekong Post'],
    ['Horizons – Politique', 'Horizons'],
    ['AFP/VNA', 'AFP/VNA'],
    ['Source : Kyodo News', 'Kyodo News'],
    ['© APN. Tous droits réservés', 'APN'],
    ['Copyright 2024 Harbour Post. All rights reserved.', 'Harbour Post'],
    // the rights notice after the name
    ['Press Trust of India. All rights reserved', 'Press Trust of India'],
    ['Hangang Newswire (c) All rights reserved.', 'Hangang Newswire'],
    ['Le Courrier du Sahel © 2024 Tous droits réservés', 'Le Courrier du Sahel'],
  ])('%s → %s', (line, name) => {
    expect(publisherOfLine(line)).toBe(name);
  });
  it('undoubles a name the copy repeated and reads a domain', () => {
    expect(undouble('AsiaNewsAsiaNews')).toBe('AsiaNews');
    expect(undouble('Asia News')).toBe('Asia News');
    expect(domainOf('https://www.example.org/a/b')).toBe('example.org');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Les deux ministres se sont entretenus de la coopération maritime et de la formation des officiers.', 'fr'],
    ['The two ministers discussed maritime cooperation and the training of officers at length.', 'en'],
  ])('%s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('splitTitleSuffix', () => {
  it.each([
    ['Japan and Vietnam sign a defence deal | The Diplomat', 'Japan and Vietnam sign a defence deal', 'The Diplomat'],
    ['Le Japon et le Vietnam signent un accord - Le Monde', 'Le Japon et le Vietnam signent un accord', 'Le Monde'],
    ['Vietnam – Japon : un dialogue renforcé', 'Vietnam – Japon : un dialogue renforcé', null],
    ['Talks in Hanoi - what the two sides agreed', 'Talks in Hanoi - what the two sides agreed', null],
  ])('%s', (input, title, publisher) => {
    expect(splitTitleSuffix(input)).toEqual({ title, publisher });
  });
});

describe('publishedDate', () => {
  const block = (index: number, kind: ClassifiedBlock['kind'], text: string): ClassifiedBlock => ({
    index,
    kind,
    text,
    reason: kind,
    blankBefore: true,
  });
  it.each([
    // a header strip's day loses to the labelled publication line under the title
    [['Today: Tue, 04 Mar 2025 | Edition: Asia', 'Published 2 March 2025, 10:00 CET'], '2025-03-02'],
    // a bare date above the title (the site's) loses to one under it
    [['Mercredi 5 mars 2025', 'TITLE', 'Mis à jour le 01.03.2025 à 18h00'], '2025-03-01'],
    // "Published" beats "Updated" wherever they stand
    [['Updated: 9 June 2024', 'TITLE', 'Published: 8 June 2024'], '2024-06-08'],
    // two equal signals: the first
    [['TITLE', '12/10/2022 | 08:30', 'October 13, 2022'], '2022-10-12'],
  ])('%j → %s', (lines, iso) => {
    const blocks = lines.map((t, i) =>
      t === 'TITLE' ? block(i, 'title', 'A headline of some length here') : block(i, 'date-line', t),
    );
    expect(publishedDate(undefined, blocks)?.iso).toBe(iso);
  });
});

describe('bylinePlace', () => {
  const byline = (text: string): ClassifiedBlock => ({
    index: 0,
    kind: 'byline',
    text,
    reason: 'byline',
    blankBefore: true,
  });
  it.each([
    ['Par Marc Tchoeaoua, envoyé spécial à Port-Vila', 'Port-Vila'],
    ['De notre correspondante à Dakar, Awa Ndiaye', 'Dakar'],
    ['By Jane Roe, special correspondent in Doha', 'Doha'],
    ['Tom Lee, reporting from New Delhi', 'New Delhi'],
    ['Par Inès Carvalho, envoyée spéciale', null],
    ['By Jane Roe in the newsroom', null],
  ])('%s → %s', (text, place) => {
    expect(bylinePlace([byline(text)])).toBe(place);
  });
  it('reads bylines only', () => {
    expect(bylinePlace([{ ...byline('envoyé spécial à Rome'), kind: 'body' }])).toBeNull();
  });
});
