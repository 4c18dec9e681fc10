import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { englishStrict, frenchStrict } from '../../src/text/strict-chrono.js';

const reference = new Date(Date.UTC(2024, 2, 5, 12));
const read = (c: chrono.Chrono, text: string) =>
  c.parse(text, reference).map((r) => ({ index: r.index, text: r.text, date: r.start.date().toISOString() }));

describe('strict chrono parsers', () => {
  it.each([
    'Mis à jour il y a trois heures',
    'il y a 2 jours, puis dans 3 semaines',
    'la semaine dernière et les 2 derniers mois',
    'Publié le 19/10/2025 à 08:52',
    'Le 4 décembre, les ministres se sont rencontrés pendant deux jours.',
    "Hanoï, 18 octobre (VNA) - d'ici 2030",
  ])('read French as chrono.fr.strict does, parse after parse: %s', (text) => {
    const expected = read(chrono.fr.strict, text);
    expect(read(frenchStrict, text)).toEqual(expected);
    expect(read(frenchStrict, text)).toEqual(expected);
  });

  it('finds relative and calendar dates at all', () => {
    expect(read(frenchStrict, 'Mis à jour il y a trois heures')).toHaveLength(1);
    expect(read(englishStrict, 'Updated: 2 Aug 2023, 14:17 GMT+7')[0]?.text).toContain('2 Aug 2023');
  });
});
