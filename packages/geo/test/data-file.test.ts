import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCities, formatGeoFile, generateGeoData } from '../scripts/build/generate.js';
import {
  citiesFilePath,
  GeoError,
  GeoFile,
  geoFilePath,
  parseCities,
  parseCityRow,
  readCities,
  readGeoFile,
} from '../src/index.js';

describe('the generated data', () => {
  it('is up to date with the installed packages and the overlay (else run build:data)', { timeout: 60_000 }, () => {
    const { file, cities } = generateGeoData();
    expect(readFileSync(geoFilePath, 'utf8')).toBe(formatGeoFile(file));
    expect(readFileSync(citiesFilePath, 'utf8')).toBe(formatCities(cities));
  });

  it('reads back what it writes', () => {
    const file = readGeoFile();
    expect(GeoFile.parse(JSON.parse(formatGeoFile(file)))).toEqual(file);
    const cities = readCities();
    expect(parseCities(formatCities(cities))).toEqual(cities);
  });
});

describe('city rows', () => {
  it('parses a row with its other names', () => {
    expect(parseCityRow('Beijing\tCN\t11716620\tcx\tPékin\t\tPeking')).toEqual([
      'Beijing',
      'CN',
      11716620,
      'cx',
      'Pékin',
      '',
      'Peking',
    ]);
  });

  it.each([
    ['no country', 'Beijing\t\t11716620\tc\t\t'],
    ['a lower-case country', 'Beijing\tcn\t11716620\tc\t\t'],
    ['a population that is no number', 'Beijing\tCN\tmany\tc\t\t'],
    ['an unknown flag', 'Beijing\tCN\t1\tz\t\t'],
    ['too few fields', 'Beijing\tCN\t1\tc'],
    ['an empty other name', 'Beijing\tCN\t1\tc\t\t\t'],
  ])('rejects a row with %s', (_, line) => {
    expect(parseCityRow(line)).toBeNull();
  });

  it('names the bad line of a cities file', () => {
    expect(() => parseCities('# header\nParis\tFR\t1\tc\t\t\nbroken\n')).toThrow(/line 3/);
  });
});

describe('reading a bad data file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geo-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return pathToFileURL(join(dir, name));
  };

  it('says what is wrong, with a typed error', () => {
    const bad = write('bad.json', JSON.stringify({ $comment: '', sources: {}, freePopulation: 0, countries: [] }));
    expect(() => readGeoFile(bad)).toThrow(GeoError);
    expect(() => readGeoFile(bad)).toThrow(/guarded|freePopulation/);
    expect(() => readGeoFile(write('notjson.json', '{'))).toThrow(expect.objectContaining({ code: 'data_invalid' }));
    expect(() => readGeoFile(pathToFileURL(join(dir, 'missing.json')))).toThrow(
      expect.objectContaining({ code: 'data_unreadable' }),
    );
  });
});
