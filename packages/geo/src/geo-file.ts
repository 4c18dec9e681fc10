import { readFileSync } from 'node:fs';
import { CountryCode } from '@kizuna/model';
import { z } from 'zod';
import { GeoError } from './geo-error.js';

// The generated data is two files: data/geo.json (countries and settings, read at load, checked
// with zod) and data/cities.tsv (some 25,000 rows, read on first use of a city). Checking the rows
// as tab-separated lines is about ten times faster than as zod tuples (README.md, "Load time").

const Forms = z.array(z.string().min(1));

/** One country: display names, every name and acronym it goes by, its demonyms in every form. */
export const CountryRow = z.strictObject({
  code: CountryCode,
  en: z.string().min(1),
  fr: z.string().min(1),
  names: Forms,
  /** Matched only as written, in capitals ("US", "RDC"). */
  acronyms: Forms,
  demonyms: z.strictObject({ fr: Forms, en: Forms }),
  /** First elements of compound adjectives ("sino-", "nippo-"). */
  prefixes: Forms,
});
export type CountryRow = z.infer<typeof CountryRow>;

export const GeoFile = z.strictObject({
  $comment: z.string(),
  /** The packages the data was generated from, with their versions. */
  sources: z.record(z.string(), z.string()),
  /** The population from which a city's name counts without a place context. */
  freePopulation: z.number().int().positive(),
  countries: z.array(CountryRow),
  /** Folded city names that are also first names or short dictionary words: they need a place context. */
  guarded: Forms,
});
export type GeoFile = z.infer<typeof GeoFile>;

/**
 * One city: English name, country, population (0 when the source gives none), flags (c capital,
 * a seat of a first-level division, x major city of this field with names from CLDR or the
 * overlay, v meeting venue from the overlay), French name ("" when the English one), local name
 * ("" when the English one), then other names.
 */
export type CityRow = [
  en: string,
  country: string,
  population: number,
  flags: string,
  fr: string,
  local: string,
  ...alt: string[],
];

const COUNTRY = /^[A-Z]{2}$/;
const POPULATION = /^\d+$/;
const FLAGS = /^[cavx]*$/;

/** A city row from its line (fields joined by tabs), or null if the line is not one. */
export function parseCityRow(line: string): CityRow | null {
  const f: (string | number)[] = line.split('\t');
  const [en, country, population, flags] = f as string[];
  if (f.length < 6 || !en || !country || !population || flags === undefined) return null;
  if (!COUNTRY.test(country) || !POPULATION.test(population) || !FLAGS.test(flags)) return null;
  for (let i = 6; i < f.length; i++) if (!f[i]) return null;
  f[2] = Number(population);
  return f as CityRow;
}

export function formatCityRow(row: CityRow): string {
  return row.join('\t');
}

/** The first line of cities.tsv, naming the columns. */
export const CITIES_HEADER = '# en\tcountry\tpopulation\tflags\tfr\tlocal\talt...';

/** The rows of a cities.tsv text; a bad line is an error naming its number. */
export function parseCities(text: string): CityRow[] {
  const out: CityRow[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line || line.startsWith('#')) continue;
    const row = parseCityRow(line);
    if (!row) throw new GeoError('data_invalid', `cities.tsv line ${i + 1} is not a city row: ${JSON.stringify(line)}`);
    out.push(row);
  }
  return out;
}

export const geoFilePath = new URL('../data/geo.json', import.meta.url);
export const citiesFilePath = new URL('../data/cities.tsv', import.meta.url);

function readText(path: URL): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new GeoError('data_unreadable', `cannot read ${path.pathname}`, { cause });
  }
}

/** Reads and validates data/geo.json. */
export function readGeoFile(path: URL = geoFilePath): GeoFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readText(path));
  } catch (cause) {
    if (cause instanceof GeoError) throw cause;
    throw new GeoError('data_invalid', `${path.pathname} is not JSON`, { cause });
  }
  const parsed = GeoFile.safeParse(raw);
  if (!parsed.success) throw new GeoError('data_invalid', `${path.pathname}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads and checks data/cities.tsv. */
export function readCities(path: URL = citiesFilePath): CityRow[] {
  return parseCities(readText(path));
}
