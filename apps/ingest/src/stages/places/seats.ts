import type { PlaceMention } from '../../draft/mentions.js';
import type { GazetteerIndex } from '../../resources/gazetteer-index.js';
import { foldKeepLength } from '../../text/fold.js';

/**
 * Seats of power that name their city: "à l'Élysée" is in Paris, "at the White House" in Washington.
 * Only seats that stand in one city and are written instead of it in diplomatic news.
 */
const SEATS: readonly [RegExp, string][] = [
  [/(?:palais de )?l['’]elysee|elysee palace|the elysee/giu, 'Paris'],
  [/(?:la )?maison[- ]blanche|the white house/giu, 'Washington'],
  [/(?:le |the )?kremlin/giu, 'Moscow'],
  [/zhongnanhai|great hall of the people|grand palais du peuple/giu, 'Beijing'],
  [/downing street/giu, 'London'],
  [/palais (?:du )?quirinal|quirinal palace|palazzo chigi|villa doria pamphilj/giu, 'Rome'],
  [/(?:palais d['’]|palacio d[eo] |palacio )?(?:itamaraty|planalto|alvorada)/giu, 'Brasília'],
  [/malaca[nñ]ang/giu, 'Manila'],
  [/hyderabad house|rashtrapati bhavan/giu, 'New Delhi'],
  [/(?:palais de |palace of )?(?:la )?moncloa/giu, 'Madrid'],
];
// the seat is where a meeting happened only when said so: "à l'Élysée", "at the White House"
const AT = /(?:^|[\s,(])(?:à|a|au|at|in|from|depuis|de)\s*(?:l['’]|la |le |the )?$/iu;

// one pass first: most sentences name no seat, and ten patterns per sentence cost the ingest
const ANY_SEAT = new RegExp(SEATS.map(([re]) => re.source).join('|'), 'iu');

/** The seats of power a sentence places things at, as their city. */
export function findSeats(text: string, places: GazetteerIndex): PlaceMention[] {
  const folded = foldKeepLength(text);
  const out: PlaceMention[] = [];
  if (!ANY_SEAT.test(folded)) return out;
  for (const [re, city] of SEATS) {
    for (const m of folded.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!AT.test(folded.slice(Math.max(0, start - 20), start))) continue;
      const found = places.cityOf(city);
      if (!found) continue;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        place: { name: found.canonical, country: found.country },
        level: 'city',
      });
    }
  }
  return out;
}
