import type { CityRow } from './geo-file.js';

/** A capital, a major city of this field (x), a venue (v), or a city of `freePopulation` or more. */
export function isMajorCity(row: CityRow, freePopulation: number): boolean {
  return row[2] >= freePopulation || /[cxv]/.test(row[3]);
}

/**
 * The order in which cities of one name are meant: capitals, major cities of this field and
 * venues first, then the bigger ("Bali" the Indonesian venue before the Indian town, "Vienne"
 * Vienna before the French town), whatever the population of the others.
 */
export function cityOrder(freePopulation: number): (a: CityRow, b: CityRow) => number {
  return (a, b) =>
    Number(isMajorCity(b, freePopulation)) - Number(isMajorCity(a, freePopulation)) ||
    b[2] - a[2] ||
    a[1].localeCompare(b[1]) ||
    a[0].localeCompare(b[0]);
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
