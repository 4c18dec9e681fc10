import { cityOrder, isMajorCity, rowNames } from './city-order.js';
import { type CityRow, type GeoFile, readCities, readGeoFile } from './geo-file.js';
import { geoKey, withoutArticle } from './key.js';
import { buildPhrases } from './phrases.js';
import type { City, GeoLang, GeoPhrase } from './types.js';

/** Countries, demonyms and cities: pure lookups once loaded (the cities on first use). */
export interface Geo {
  /**
   * The country a name or acronym stands for, in French or English, whatever the case, accents,
   * hyphens or leading article ("les États-Unis", "Etats Unis", "the U.S.", "République de Corée",
   * "RDC"), or an ISO code as written ("JP"); null if none.
   */
  countryByName(text: string): string | null;
  /** The country of a demonym in any gender, number and language ("sud-coréennes", "Filipino", "sino"), or null. */
  countryByDemonym(word: string): string | null;
  /**
   * The cities of that name in either language ("Pékin", "Beijing", "La Haye"), the one news most
   * likely means first: capitals, major cities of this field and venues, then the bigger; [] if none.
   */
  cityByName(text: string): City[];
  /** A country's usual name ("JP" → "Japon" / "Japan"); the code itself if unknown. */
  countryName(code: string, lang: GeoLang): string;
  /** Every ISO code the data knows, sorted. */
  countryCodes(): readonly string[];
  /** Every surface form with what it names, for a phrase matcher (built on first call). */
  phrases(): readonly GeoPhrase[];
}

let loaded: Geo | undefined;

/** The geo index of the generated data file, loaded once per process. */
export function loadGeo(): Geo {
  loaded ??= createGeo(readGeoFile(), () => readCities());
  return loaded;
}

function toCity([en, country, population, flags, fr, local]: CityRow): City {
  return {
    name: en,
    names: local ? { en, fr: fr || en, local } : { en, fr: fr || en },
    country,
    population,
    capital: flags.includes('c'),
  };
}

/** key → cities, biggest first; one city is kept as itself (most names name one city). */
function indexCities(rows: readonly CityRow[], cities: readonly City[]): Map<string, City | City[]> {
  const byName = new Map<string, City | City[]>();
  rows.forEach((row, i) => {
    const city = cities[i] as City;
    for (const name of rowNames(row)) {
      const k = geoKey(name);
      const cur = byName.get(k);
      if (cur === undefined) byName.set(k, city);
      else if (cur === city) continue;
      else if (!Array.isArray(cur)) byName.set(k, [cur, city]);
      else if (!cur.includes(city)) cur.push(city);
    }
  });
  return byName;
}

/** The index of one data file and its cities, read on first use (tests give fixtures). */
export function createGeo(file: GeoFile, readCityRows: () => CityRow[]): Geo {
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const display = new Map(file.countries.map((c) => [c.code, c]));
  for (const c of file.countries) {
    for (const n of [...c.names, ...c.acronyms]) if (!names.has(geoKey(n))) names.set(geoKey(n), c.code);
    for (const d of [...c.demonyms.fr, ...c.demonyms.en, ...c.prefixes]) {
      if (!demonyms.has(geoKey(d))) demonyms.set(geoKey(d), c.code);
    }
  }
  // the cities are read on first use: a caller that only names countries does not pay for them
  let list: { rows: CityRow[]; cities: City[] } | undefined;
  const cityList = () => {
    if (!list) {
      const rows = readCityRows().sort(cityOrder(file.freePopulation));
      list = { rows, cities: rows.map(toCity) };
    }
    return list;
  };
  let byName: Map<string, City | City[]> | undefined;
  let phrases: GeoPhrase[] | undefined;
  return {
    countryByName(text) {
      const code = text.trim();
      if (/^[A-Z]{2}$/.test(code) && display.has(code)) return code;
      const key = geoKey(text);
      return names.get(key) ?? names.get(withoutArticle(key)) ?? null;
    },
    countryByDemonym: (word) => demonyms.get(geoKey(word)) ?? null,
    cityByName(text) {
      if (!byName) {
        const { rows, cities } = cityList();
        byName = indexCities(rows, cities);
      }
      const found = byName.get(geoKey(text));
      return found === undefined ? [] : Array.isArray(found) ? [...found] : [found];
    },
    countryName(code, lang) {
      return display.get(code)?.[lang] ?? code;
    },
    countryCodes: () => [...display.keys()].sort(),
    phrases() {
      const { rows, cities } = cityList();
      phrases ??= buildPhrases({
        countries: file.countries,
        cities: rows.map((row, i) => ({
          city: cities[i] as City,
          names: rowNames(row),
          major: isMajorCity(row, file.freePopulation),
        })),
        guarded: new Set(file.guarded),
      });
      return phrases;
    },
  };
}
