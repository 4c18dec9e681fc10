import type { Dateline, Place } from '@kizuna/model';
import type { PlaceMention } from '../../draft/mentions.js';
import type { GazetteerIndex } from '../../resources/gazetteer-index.js';
import { datelinePlace } from './find-places.js';

/**
 * Where the article's meetings happen when their sentences do not say: the lead's city, else the
 * dateline's, else the city the article says things happen in most often.
 */
export function articlePlace(
  places: readonly PlaceMention[][],
  dateline: Dateline | null,
  gazetteer: GazetteerIndex,
): Place | null {
  for (const f of places.slice(0, 3)) {
    const city = f.find((p) => p.level === 'city');
    if (city) return city.place;
  }
  const fromDateline = datelinePlace(dateline?.place ?? null, gazetteer);
  if (fromDateline) return fromDateline;
  const counts = new Map<string, { place: Place; n: number }>();
  for (const p of places.flatMap((f) => f.filter((x) => x.level === 'city'))) {
    const k = p.place.name.toLowerCase();
    counts.set(k, { place: p.place, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.place ?? null;
}
