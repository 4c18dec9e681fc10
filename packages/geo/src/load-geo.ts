import { isMajorCity, rowNames, sortCities } from './city-order.js';
import { type CityRow, type CountryRow, type GeoFile, readCities, readGeoFile } from './geo-file.js';
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
  /** A country's display names and every form it goes by (names, acronyms, demonyms, prefixes), or null. */
  country(code: string): CountryRow | null;
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

/** name key → the row numbers of its cities, in the order they are meant (one number for one city). */
function indexCities(rows: readonly CityRow[]): Map<string, number | number[]> {
  const byName = new Map<string, number | number[]>();
  const add = (name: string, i: number) => {
    const k = geoKey(name);
    const cur = byName.get(k);
    if (cur === undefined) byName.set(k, i);
    else if (cur === i) return;
    else if (typeof cur === 'number') byName.set(k, [cur, i]);
    else if (!cur.includes(i)) cur.push(i);
  };
  // row fields read in place: building a list of names per row doubles the garbage to collect
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as CityRow;
    add(row[0], i);
    for (let f = 4; f < row.length; f++) if (row[f]) add(row[f] as string, i);
  }
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
  let rows: CityRow[] | undefined;
  const cityRows = () => {
    rows ??= sortCities(readCityRows(), file.freePopulation);
    return rows;
  };
  // a City object is made when first asked for
  const cities: City[] = [];
  const cityAt = (i: number) => {
    cities[i] ??= toCity(cityRows()[i] as CityRow);
    return cities[i];
  };
  let byName: Map<string, number | number[]> | undefined;
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
      byName ??= indexCities(cityRows());
      const found = byName.get(geoKey(text));
      return found === undefined ? [] : typeof found === 'number' ? [cityAt(found)] : found.map(cityAt);
    },
    countryName(code, lang) {
      return display.get(code)?.[lang] ?? code;
    },
    countryCodes: () => [...display.keys()].sort(),
    country: (code) => display.get(code) ?? null,
    phrases() {
      phrases ??= buildPhrases({
        countries: file.countries,
        cities: cityRows().map((row, i) => ({
          city: cityAt(i),
          names: rowNames(row),
          major: isMajorCity(row, file.freePopulation),
        })),
        guarded: new Set(file.guarded),
      });
      return phrases;
    },
  };
}
