import { foldText } from '@kizuna/model';
import { isMajorCity, rowNames } from '../../src/city-order.js';
import type { CityRow } from '../../src/geo-file.js';

/** What decides whether a city's name needs a place context. */
export interface GuardSources {
  isWord: (word: string) => boolean;
  isFirstName: (word: string) => boolean;
  freePopulation: number;
  /** Names the overlay says need a context. */
  overlayGuarded: readonly string[];
}

/**
 * The folded city names that count only in a place context even when the city they name first
 * (see city-order.ts) is a major one: common first names ("Victoria", "Florence") and short
 * dictionary words ("Male", "Lima"). A longer word that names a major city ("Paris", "Manila")
 * is that city when capitalised. Names of smaller cities need a context anyway (see
 * src/stop-policy.ts); they are listed when they are words or first names, so callers can tell.
 */
export function guardedNames(rows: readonly CityRow[], g: GuardSources): string[] {
  const out = new Set(g.overlayGuarded.map((n) => foldText(n)));
  const seen = new Set<string>();
  // rows in city order: the first row with a name is the city that name means
  for (const row of rows) {
    const major = isMajorCity(row, g.freePopulation);
    for (const name of rowNames(row)) {
      const key = foldText(name);
      if (seen.has(key)) continue;
      seen.add(key);
      if (/\s/.test(name)) continue;
      const lower = name.toLocaleLowerCase();
      if (g.isFirstName(lower) || (g.isWord(lower) && (!major || [...name].length <= 4))) out.add(key);
    }
  }
  return [...out].sort();
}
