import { describe, expect, it } from 'vitest';
import { buildCities } from '../scripts/build/cities.js';
import { buildCountries } from '../scripts/build/countries.js';
import { guardedNames } from '../scripts/build/guards.js';
import type { Overlay } from '../scripts/build/overlay.js';
import type { SourceCity, WorldCountry } from '../scripts/build/sources.js';
import { zoneCities } from '../scripts/build/zone-cities.js';
import { GeoError } from '../src/index.js';

const overlay = (o: Partial<Overlay> = {}): Overlay => ({
  $comment: '',
  countries: {},
  dropNames: [],
  demonymOwners: {},
  cities: [],
  venues: [],
  ...o,
});

const country = (cca2: string, common: string, fra: string, o: Partial<WorldCountry> = {}): WorldCountry => ({
  cca2,
  independent: true,
  area: 1,
  name: { common, official: `Republic of ${common}` },
  translations: { fra: { common: fra, official: `République de ${fra}` } },
  altSpellings: [],
  ...o,
});

describe('buildCountries', () => {
  const words = new Set(['island']);
  const build = (world: WorldCountry[], o?: Partial<Overlay>) =>
    buildCountries({ world, iso: { fr: {}, en: {} }, overlay: overlay(o), isWord: (w) => words.has(w) });

  it('gives a shared demonym to the independent country, then to the larger', () => {
    const rows = build([
      country('AA', 'Aland', 'Alande', { demonyms: { eng: { m: 'Alandic', f: 'Alandic' } }, independent: false }),
      country('BB', 'Bland', 'Blande', { demonyms: { eng: { m: 'Alandic', f: 'Alandic' } }, area: 5 }),
      country('CC', 'Cland', 'Clande', { demonyms: { eng: { m: 'Alandic', f: 'Alandic' } }, area: 9 }),
    ]);
    expect(rows.map((r) => [r.code, r.demonyms.en])).toEqual([
      ['AA', []],
      ['BB', []],
      ['CC', ['Alandic', 'Alandics']],
    ]);
  });

  it('lets the overlay name the owner of a shared demonym', () => {
    const rows = build(
      [
        country('BB', 'Bland', 'Blande', { demonyms: { eng: { m: 'Alandic', f: 'Alandic' } }, area: 5 }),
        country('CC', 'Cland', 'Clande', { demonyms: { eng: { m: 'Alandic', f: 'Alandic' } }, area: 9 }),
      ],
      { demonymOwners: { Alandic: 'BB', Alandics: 'BB' } },
    );
    expect(rows.find((r) => r.code === 'BB')?.demonyms.en).toEqual(['Alandic', 'Alandics']);
  });

  it('gives a name to the country whose common name it is, before an alias', () => {
    const rows = build([
      country('AA', 'Congo', 'Congo', { area: 1 }),
      country('BB', 'DR Congo', 'RDC', { altSpellings: ['Congo'], area: 9 }),
    ]);
    expect(rows.find((r) => r.code === 'AA')?.names).toContain('Congo');
    expect(rows.find((r) => r.code === 'BB')?.names).not.toContain('Congo');
  });

  it('keeps acronyms apart and leaves out alternative spellings that are words or not Latin', () => {
    const [row] = build([
      country('IS', 'Iceland', 'Islande', {
        altSpellings: ['IS', 'ICE', 'Island', 'Ísland', 'Ísland Lýðveldið', 'アイスランド'],
      }),
    ]);
    expect(row?.acronyms).toEqual(['ICE']);
    expect(row?.names).toEqual([
      'Iceland',
      'Islande',
      'Republic of Iceland',
      'République de Islande',
      'Ísland',
      'Ísland Lýðveldið',
    ]);
  });

  it('takes display names and extra forms from the overlay', () => {
    const [row] = build([country('VN', 'Vietnam', 'Viêt Nam')], {
      countries: { VN: { display: { fr: 'Vietnam' }, prefixes: ['vietnamo'], fr: [['vietnamien', 'vietnamienne']] } },
    });
    expect(row).toMatchObject({ fr: 'Vietnam', prefixes: ['vietnamo'] });
    expect(row?.demonyms.fr).toEqual(['vietnamien', 'vietnamienne', 'vietnamiens', 'vietnamiennes']);
  });
});

describe('zoneCities', () => {
  it('takes CLDR French names that differ, from zones of one or more countries', () => {
    const fr = new Map([
      ['Europe/London', 'Londres'],
      ['Europe/Berlin', 'Berlin'],
      ['Africa/Tripoli', 'Tripoli (Libye)'],
      ['Asia/Saigon', 'Hô-Chi-Minh-Ville'],
    ]);
    const en = new Map([['Asia/Saigon', 'Ho Chi Minh City']]);
    const countries: Record<string, string[]> = { 'Europe/London': ['GB', 'IM'], 'Asia/Saigon': ['VN'] };
    expect(zoneCities(fr, en, (z) => countries[z] ?? ['XX'])).toEqual([
      { countries: ['VN'], en: 'Ho Chi Minh City', fr: 'Hô-Chi-Minh-Ville' },
      { countries: ['GB', 'IM'], en: 'London', fr: 'Londres' },
    ]);
  });
});

describe('buildCities', () => {
  const city = (
    cityId: number,
    name: string,
    country: string,
    population: number,
    featureCode = 'PPL',
  ): SourceCity => ({
    cityId,
    name,
    country,
    population,
    featureCode,
  });
  const cities = [
    city(1, 'London', 'GB', 7_000_000, 'PPLC'),
    city(2, 'London', 'CA', 350_000),
    city(3, 'Smallville', 'US', 900),
    city(4, 'Vaduz', 'LI', 5000, 'PPLC'),
    city(5, 'Mitte', 'DE', 90_000, 'PPLX'),
    city(6, 'Genève', 'CH', 180_000, 'PPLA'),
  ];
  const build = (o?: Partial<Overlay>) =>
    buildCities({
      cities,
      zoneCities: [{ countries: ['GB'], en: 'London', fr: 'Londres' }],
      overlay: overlay(o),
      minPopulation: 15_000,
      independent: new Set(['GB', 'LI', 'CH', 'CA', 'US']),
    }).rows;

  it('keeps big cities and every capital, not parts of cities nor small towns', () => {
    expect(build().map((r) => `${r[0]} ${r[1]} ${r[3]}`)).toEqual([
      'London CA ',
      'Genève CH a',
      'London GB cx',
      'Vaduz LI c',
    ]);
  });

  it('adds CLDR and overlay names, and the overlay venues', () => {
    const rows = build({
      cities: [{ name: 'Genève', country: 'CH', en: 'Geneva', fr: 'Genève' }],
      venues: [
        { name: 'Smallville', country: 'US', why: 'a summit' },
        { name: 'Camp X', country: 'US', why: 'a retreat' },
      ],
    });
    expect(rows).toContainEqual(['London', 'GB', 7_000_000, 'cx', 'Londres', '']);
    expect(rows).toContainEqual(['Geneva', 'CH', 180_000, 'ax', 'Genève', '']);
    expect(rows).toContainEqual(['Smallville', 'US', 900, 'v', '', '']);
    expect(rows).toContainEqual(['Camp X', 'US', 0, 'v', '', '']);
  });

  it('fails on an overlay city the packages do not have', () => {
    expect(() => build({ cities: [{ name: 'Gondor', country: 'GB', fr: 'Gondor' }] })).toThrow(GeoError);
  });
});

describe('guardedNames', () => {
  it('guards first names, short words, and words naming a smaller city', () => {
    const rows: Parameters<typeof guardedNames>[0] = [
      ['Paris', 'FR', 2_000_000, 'c', '', ''],
      ['Male', 'MV', 100_000, 'c', '', ''],
      ['Victoria', 'SC', 26_000, 'c', '', ''],
      ['Nice', 'FR', 340_000, '', '', ''],
      ['Magelang', 'ID', 110_000, '', '', ''],
    ];
    const words = new Set(['paris', 'male', 'victoria', 'nice']);
    const names = new Set(['victoria']);
    const guarded = guardedNames(rows, {
      isWord: (w) => words.has(w),
      isFirstName: (w) => names.has(w),
      freePopulation: 1_000_000,
      overlayGuarded: ['Ho Chi Minh'],
    });
    expect(guarded).toEqual(['ho chi minh', 'male', 'nice', 'victoria']);
  });
});
