import type { Place } from '@kizuna/model';
import type { PlaceMention } from '../../draft/mentions.js';
import type { GazetteerIndex } from '../../resources/gazetteer-index.js';

const LOCATIVE =
  /(?:^|[\s,(])(?:à|a|au|aux|en|in|at|dans|to|vers|de la capitale|capitale|capital)\s+(?:la ville de |the city of |the capital |la capitale )?$/iu;

// a residence or building named after its place: "au château de Meseberg", "at the palace of Carthage"
const SEAT_BEFORE =
  /(?:^|[\s,(])(?:au|à la|à l['’]|at the|in the)\s+(?:\p{L}+\s+)?(?:château|palais|domaine|fort|résidence|aéroport|palace|castle|residence|airport|estate)(?:\s+\p{L}+)?\s+(?:de\s+|d['’]\s*|of\s+)$/iu;

const VENUE_BEFORE = /(?:^|[\s,])(?:at|in|à|au)\s+the\s+$/iu;
const VENUE_AFTER =
  /^\s+(?:Palace|Hall|House|Building|Cent(?:er|re)|Hotel|Convention|Conference|International|Stadium|Office|Residence)\b/u;

/** Places a sentence says something happened in: "à Tokyo", "in Fukuoka", "au Japon". */
export function findPlaces(text: string, places: GazetteerIndex): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const hit of places.find(text)) {
    if (hit.type === 'adjective') continue;
    const before = text.slice(Math.max(0, hit.start - 30), hit.start);
    // "at the Bogor Palace": a venue named after its city
    const venue = VENUE_BEFORE.test(before) && VENUE_AFTER.test(text.slice(hit.end));
    const placed =
      LOCATIVE.test(before) ||
      (hit.type === 'city' && SEAT_BEFORE.test(text.slice(Math.max(0, hit.start - 50), hit.start)));
    if (!venue && (hit.inName || !placed)) continue;
    out.push({
      start: hit.start,
      end: hit.end,
      text: hit.text,
      place: { name: hit.text, country: hit.country },
      level: hit.type === 'city' ? 'city' : 'country',
    });
  }
  return out;
}

/** A dateline's place ("HANOI", "Tokyo (VNA)") when the gazetteer knows it as a city. */
export function datelinePlace(name: string | null, places: GazetteerIndex): Place | null {
  if (!name) return null;
  // the stop policy is for running text: a dateline is a place by its position
  const city = places.cityOf(name.trim());
  return city ? { name: city.canonical, country: city.country } : null;
}
