import type { Rng } from './rng.js';
import { COUNTRIES, type Country, FORMATS, type Format, ROLES, type Role, TOPICS } from './vocab.js';

/** One side of a meeting: a country's office holder. */
export interface MeetingSide {
  country: Country;
  name: string;
  role: Role;
}

/** A meeting as it happened: every article reporting it tells the same who, where, when and what. */
export interface Meeting {
  format: Format;
  a: MeetingSide;
  b: MeetingSide;
  city: string;
  year: number;
  month: number;
  day: number;
  /** The edition number of a recurring format, or null. */
  ordinal: number | null;
  /** Indices into TOPICS (same positions in both languages): two agreed areas, then the MoU's. */
  topics: readonly [number, number, number];
}

// articles are dealt out in blocks; each block is cut into meetings reported by 1 to 4 outlets,
// so coverage varies the way a news week's does, and article i's meeting does not depend on N
const BLOCK = 8;
// a recurring format (e.g. a 2+2 dialogue) holds one edition a year from its first year on
export const EDITIONS = 14;
const FIRST_YEAR = 2010;

type CreateRng = (seed: number) => Rng;

const mix = (...parts: number[]) => parts.reduce((h, p) => Math.imul(h ^ (p >>> 0), 0x9e3779b1) >>> 0, 0x811c9dc5);

/** The meeting article `index` reports, with how many articles of its block report it. */
export function meetingOfArticle(createRng: CreateRng, seed: number, index: number): Meeting {
  const block = Math.floor(index / BLOCK);
  const rng = createRng(mix(seed, block, 1));
  let start = 0;
  while (start < BLOCK) {
    const size = rng.int(1, 4);
    if (index % BLOCK < start + size) break;
    start += size;
  }
  return meetingAt(createRng, seed, block * BLOCK + start);
}

function sideOf(rng: Rng, country: Country): MeetingSide {
  return { country, name: rng.pick(country.people), role: rng.pick(ROLES) };
}

/**
 * Meeting number `id`. A recurring format's edition is one meeting whoever reports it: its date,
 * place and people follow from the format, the two countries and the edition number, so two
 * meetings never share an edition with different dates (as they would not in the world).
 */
export function meetingAt(createRng: CreateRng, seed: number, id: number): Meeting {
  const rng = createRng(mix(seed, id, 2));
  const formatIndex = rng.int(0, FORMATS.length - 1);
  const format = FORMATS[formatIndex] as Format;
  let [ca, cb] = rng.chance(0.6)
    ? [COUNTRIES[0] as Country, rng.pick(COUNTRIES.slice(1))]
    : (rng.sample(COUNTRIES, 2) as [Country, Country]);
  const ordinal = format.ordinal ? rng.int(1, EDITIONS) : null;
  let facts = rng;
  if (ordinal !== null) {
    // an edition's facts come from its own seed: format, the pair in a fixed order, and number
    const [i, j] = [COUNTRIES.indexOf(ca), COUNTRIES.indexOf(cb)].sort((x, y) => x - y) as [number, number];
    [ca, cb] = [COUNTRIES[i] as Country, COUNTRIES[j] as Country];
    facts = createRng(mix(seed, formatIndex, i, j, ordinal, 3));
  }
  const firstYear = FIRST_YEAR + (ordinal === null ? 0 : facts.int(0, 2));
  const topicCount = TOPICS.fr.length;
  const t = facts.sample(
    Array.from({ length: topicCount }, (_, i) => i),
    3,
  );
  return {
    format,
    a: sideOf(facts, ca),
    b: sideOf(facts, cb),
    city: facts.pick(facts.chance(0.5) ? ca.cities : cb.cities),
    year: ordinal === null ? facts.int(2012, 2025) : firstYear + ordinal - 1,
    month: facts.int(1, 12),
    day: facts.int(1, 28),
    ordinal,
    topics: [t[0] ?? 0, t[1] ?? 1, t[2] ?? 2],
  };
}
