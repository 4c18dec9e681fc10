import { describe, expect, it } from 'vitest';
import { loadGeo } from '../src/index.js';

const geo = loadGeo();
const first = (name: string) => geo.cityByName(name)[0];

describe('cityByName', () => {
  it.each([
    ['Pékin', 'Beijing', 'CN'],
    ['Beijing', 'Beijing', 'CN'],
    ['Peking', 'Beijing', 'CN'],
    ['Londres', 'London', 'GB'],
    ['Le Caire', 'Cairo', 'EG'],
    ['New Delhi', 'New Delhi', 'IN'],
    ['Alger', 'Algiers', 'DZ'],
    ['La Haye', 'The Hague', 'NL'],
    ['Den Haag', 'The Hague', 'NL'],
    ['Genève', 'Geneva', 'CH'],
    ['Geneva', 'Geneva', 'CH'],
    ['Varsovie', 'Warsaw', 'PL'],
    ['Hanoï', 'Hanoi', 'VN'],
    ['Ha Noi', 'Hanoi', 'VN'],
    ['Hô Chi Minh-Ville', 'Ho Chi Minh City', 'VN'],
    ['Saigon', 'Ho Chi Minh City', 'VN'],
    ['Kiev', 'Kyiv', 'UA'],
    ['Oulan-Bator', 'Ulaanbaatar', 'MN'],
    ['Mountain View', 'Mountain View', 'US'],
    ['Magelang', 'Magelang', 'ID'],
    ['Nouakchott', 'Nouakchott', 'MR'],
    ['Jaipur', 'Jaipur', 'IN'],
    ['Meseberg', 'Meseberg', 'DE'],
    ['Washington', 'Washington', 'US'],
    ['Vienne', 'Vienna', 'AT'],
  ])('%s → %s (%s)', (name, en, country) => {
    expect(first(name)).toMatchObject({ name: en, country });
  });

  it('gives the French, English and local names', () => {
    expect(first('Genève')?.names).toEqual({ en: 'Geneva', fr: 'Genève' });
    expect(first('Köln')?.names).toEqual({ en: 'Cologne', fr: 'Cologne', local: 'Köln' });
    expect(first('Pékin')?.names).toEqual({ en: 'Beijing', fr: 'Pékin' });
    expect(first('Tokyo')).toMatchObject({ names: { en: 'Tokyo', fr: 'Tokyo' }, capital: true });
  });

  it('lists every city of an ambiguous name, the one news most likely means first', () => {
    const paris = geo.cityByName('Paris');
    expect(paris.map((c) => c.country).slice(0, 2)).toEqual(['FR', 'US']);
    const wilmington = geo.cityByName('Wilmington');
    expect(wilmington.length).toBeGreaterThanOrEqual(2);
    expect(wilmington.every((c) => c.country === 'US')).toBe(true);
    expect(wilmington.map((c) => c.population)).toEqual([...wilmington.map((c) => c.population)].sort((a, b) => b - a));
    // a venue of the field before a bigger town of the same name elsewhere
    expect(geo.cityByName('Bali')[0]?.country).toBe('ID');
    expect(
      geo
        .cityByName('London')
        .map((c) => c.country)
        .slice(0, 2),
    ).toEqual(['GB', 'CA']);
  });

  it('finds a French name written without its article ("au Caire")', () => {
    expect(first('Caire')?.name).toBe('Cairo');
  });

  it.each(['Gondor', 'Japon', ''])('%s is no city', (name) => {
    expect(geo.cityByName(name)).toEqual([]);
  });
});

describe('phrases', () => {
  const phrases = geo.phrases();
  const byText = new Map(phrases.map((p) => [p.text, p]));

  it('gives each surface form once, with what it names', () => {
    expect(new Set(phrases.map((p) => p.text)).size).toBe(phrases.length);
    expect(byText.get('États-Unis')).toMatchObject({ kind: 'country', code: 'US', letterCase: 'capital' });
    expect(byText.get('États Unis')).toMatchObject({ kind: 'country', code: 'US' });
    expect(byText.get('US')).toMatchObject({ kind: 'country', code: 'US', letterCase: 'upper' });
    expect(byText.get('japonaises')).toMatchObject({ kind: 'demonym', code: 'JP', letterCase: 'any' });
    expect(byText.get('Japanese')).toMatchObject({ kind: 'demonym', code: 'JP', letterCase: 'capital' });
    expect(byText.get('Pékin')).toMatchObject({ kind: 'city', code: 'CN', guard: 'free', city: { name: 'Beijing' } });
  });

  it('makes a name that is also a country the country', () => {
    expect(byText.get('Singapore')).toMatchObject({ kind: 'country', code: 'SG' });
    expect(byText.get('Mexico')).toMatchObject({ kind: 'country', code: 'MX' });
  });

  it.each([
    ['Paris', 'free'],
    ['Tokyo', 'free'],
    ['Jaipur', 'free'],
    ['Victoria', 'context'],
    ['Nice', 'context'],
    ['Male', 'context'],
    ['Magelang', 'context'],
    ['Vinh', 'context'],
    ['Wilmington', 'context'],
    ['Ho Chi Minh', 'context'],
  ])('the city name %s is %s', (text, guard) => {
    expect(byText.get(text)).toMatchObject({ kind: 'city', guard });
  });
});
