import type { ZoneCity } from './cities.js';

/**
 * French exonyms from CLDR: each time zone is named after a city, and CLDR gives that city's
 * name in French and English ("Europe/Warsaw": Varsovie / Warsaw). The city is in one of the
 * countries using the zone (Europe/London serves Britain and its crown dependencies); a
 * bracketed French name ("Tripoli (Libye)") is not a city name.
 */
export function zoneCities(
  fr: ReadonlyMap<string, string>,
  en: ReadonlyMap<string, string>,
  countriesOf: (zone: string) => readonly string[],
): ZoneCity[] {
  const out: ZoneCity[] = [];
  for (const [zone, frName] of fr) {
    const countries = countriesOf(zone);
    if (countries.length === 0 || /[([]/.test(frName)) continue;
    const enName = en.get(zone) ?? zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
    if (frName !== enName) out.push({ countries, en: enName, fr: frName });
  }
  return out.sort((a, b) => a.en.localeCompare(b.en));
}
