import type { Place } from '@kizuna/model';
import type { PlaceMention } from '../../draft/mentions.js';
import type { GazetteerIndex } from '../../resources/gazetteer-index.js';
import { overlaps } from '../../text/span.js';
import { findSeats } from './seats.js';

const LOCATIVE =
  /(?:^|[\s,(])(?:à|a|au|aux|en|in|at|dans|to|vers|de la capitale|capitale|capital)\s+(?:la ville de |the city of |the capital |la capitale )?$/iu;

// a residence or building named after its place: "au château de Meseberg", "at the palace of Carthage"
const SEAT_BEFORE =
  /(?:^|[\s,(])(?:au|à la|à l['’]|at the|in the)\s+(?:\p{L}+\s+)?(?:château|palais|domaine|fort|résidence|aéroport|palace|castle|residence|airport|estate)(?:\s+\p{L}+)?\s+(?:de\s+|d['’]\s*|of\s+)$/iu;

const VENUE_BEFORE = /(?:^|[\s,])(?:at|in|à|au)\s+the\s+$/iu;
const VENUE_AFTER =
  /^\s+(?:Palace|Hall|House|Building|Cent(?:er|re)|Hotel|Convention|Conference|International|Stadium|Office|Residence)\b/u;

// "se tiendrait à Rome", "est attendu à Pékin", "would open a consulate in Marseille": not where it happened
const FUTURE =
  /(?<!\p{L})(?:will|would|shall|to be held|is expected|are expected|plans? to|next|se tiendr\p{L}*|aura lieu|sera|seront|attendue?s?|prochaine?s?|devr(?:a|ait|aient|ont)|doit|doivent|ira|iront|va|vont)(?!\p{L})/iu;

// "the war in Ukraine and the conflict in Gaza", "hostages held in Gaza": what was discussed, not where
const TOPIC =
  /(?<!\p{L})(?:wars?|conflicts?|crisis|crises|situation|fighting|hostages|violence|attacks?|guerres?|conflits?|crises?|otages|combats|violences|attaques?|attentats?)(?!\p{L})/iu;

/** Whether the clause before a place tells of something to come, or of a subject discussed. */
function toCome(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 90), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const clause = before.slice(cut + 1);
  return FUTURE.test(clause) || TOPIC.test(clause.slice(-40));
}

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
    if (toCome(text, hit.start)) continue;
    out.push({
      start: hit.start,
      end: hit.end,
      text: hit.text,
      place: { name: hit.text, country: hit.country },
      level: hit.type === 'city' ? 'city' : 'country',
    });
  }
  for (const seat of findSeats(text, places)) {
    if (!out.some((p) => overlaps(p, seat)) && !toCome(text, seat.start)) out.push(seat);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A dateline's place ("HANOI", "Tokyo (VNA)") when the gazetteer knows it as a city. */
export function datelinePlace(name: string | null, places: GazetteerIndex): Place | null {
  if (!name) return null;
  // the stop policy is for running text: a dateline is a place by its position
  const city = places.cityOf(name.trim());
  return city ? { name: city.canonical, country: city.country } : null;
}
