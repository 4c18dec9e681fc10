import { foldText } from '@kizuna/model';
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
 * The folded city names that count only in a place context though their city is a major one:
 * common first names ("Victoria", "Florence"), and short dictionary words ("Male", "Nice").
 * A longer dictionary word that names a capital ("Paris", "Manila") is a city when capitalised.
 * Names of smaller cities need a context anyway (see src/stop-policy.ts); they are listed here
 * only when they are words or first names, so that callers can tell.
 */
export function guardedNames(rows: readonly CityRow[], g: GuardSources): string[] {
  const out = new Set(g.overlayGuarded.map((n) => foldText(n)));
  for (const row of rows) {
    const [en, , population, flags, fr, local, ...alt] = row;
    const major = flags.includes('c') || flags.includes('x') || flags.includes('v') || population >= g.freePopulation;
    for (const name of [en, fr, local, ...alt]) {
      if (!name || /\s/.test(name)) continue;
      const lower = name.toLocaleLowerCase();
      const word = g.isWord(lower);
      if (g.isFirstName(lower) || (word && (!major || [...name].length <= 4))) out.add(foldText(name));
    }
  }
  return [...out].sort();
}
