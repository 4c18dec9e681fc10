import type { CityRow } from './geo-file.js';

/** A capital, a major city of this field (x), a venue (v), or a city of `freePopulation` or more. */
export function isMajorCity(row: CityRow, freePopulation: number): boolean {
  const flags = row[3];
  return row[2] >= freePopulation || flags.includes('c') || flags.includes('x') || flags.includes('v');
}

/**
 * Cities in the order they are meant when they share a name: capitals, major cities of this
 * field and venues first, then the bigger ("Bali" the Indonesian venue before the Indian town,
 * "Vienne" Vienna before the French town), whatever the population of the others.
 */
export function sortCities(rows: readonly CityRow[], freePopulation: number): CityRow[] {
  const decorated = rows.map((row) => ({ row, major: isMajorCity(row, freePopulation) ? 1 : 0 }));
  const order = (a: (typeof decorated)[number], b: (typeof decorated)[number]) =>
    b.major - a.major ||
    b.row[2] - a.row[2] ||
    (a.row[1] < b.row[1] ? -1 : a.row[1] > b.row[1] ? 1 : 0) ||
    (a.row[0] < b.row[0] ? -1 : a.row[0] > b.row[0] ? 1 : 0);
  // the generated file is written in this order: checking it is cheaper than sorting again
  if (decorated.every((d, i) => i === 0 || order(decorated[i - 1] as (typeof decorated)[number], d) <= 0)) {
    return decorated.map((d) => d.row);
  }
  return decorated.sort(order).map((d) => d.row);
}

/** Every name of a city row: English, French, local, others. */
export function rowNames(row: CityRow): string[] {
  const [en, , , , fr, local, ...alt] = row;
  const out = [en];
  if (fr) out.push(fr);
  if (local) out.push(local);
  out.push(...alt);
  return out;
}
