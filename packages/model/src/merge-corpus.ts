import { fileURLToPath } from 'node:url';
import type { Article } from './article.js';
import type { Corpus, CorpusEvent, CorpusPerson } from './corpus.js';
import type { DateRef } from './date-ref.js';
import type { Event, Place } from './event.js';
import type { Participant } from './person.js';
import { foldText, nameTokens } from './person-key.js';
import type { Source } from './source.js';

/** This file: its text is part of the key under which a merge is kept (see merged-snapshot). */
export const mergeCode = fileURLToPath(import.meta.url);

/** Remembers a string function's results: corpora repeat their names, places and roles many times. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      // bounded so that a long-running process reloading many corpora does not grow without limit
      if (cache.size >= 100_000) cache.clear();
      out = f(s);
      cache.set(s, out);
    }
    return out;
  };
}
const fold = memo((s: string) => foldText(s).replace(/\s+/g, ' ').trim());
const squash = memo((s: string) => foldText(s).replace(/[^\p{L}\p{N}+]/gu, ''));
const nameLength = memo((s: string) => nameTokens(s).length);
// words that do not tell one series from another ("the", "de la", "Vietnam-Japon" is kept)
const SERIES_STOP = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'sur',
  'the',
  'of',
  'on',
  'and',
  'et',
  'entre',
  'between',
]);
const seriesWords = (s: string) =>
  new Set(
    foldText(s)
      .split(/[^\p{L}\p{N}+]+/u)
      .filter((w) => w && !SERIES_STOP.has(w)),
  );

interface SeriesKeys {
  folded: string;
  words: Set<string>;
}
const seriesKeys = (s: string): SeriesKeys => ({ folded: fold(s), words: seriesWords(s) });

/** Two series names are one when most of their words agree ("dialogue sur la politique de défense" ~ "Dialogue de politique de défense"). */
function sameSeriesKeys(a: SeriesKeys, b: SeriesKeys): boolean {
  if (a.folded === b.folded) return true;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared += 1;
  return shared / Math.max(1, Math.min(a.words.size, b.words.size)) >= 0.75 && shared >= 2;
}

const DAY = /^(?:\d{4}|-)-\d{2}-\d{2}$/;

/** Two dates can be one meeting's: the same day, or the same day and month where a year is unknown. */
function sameDay(a: DateRef | null, b: DateRef | null): boolean {
  if (!a || !b) return false;
  if (!DAY.test(a.iso) || !DAY.test(b.iso)) return false;
  if (a.iso === b.iso) return true;
  return (a.year === 'unknown' || b.year === 'unknown') && a.iso.slice(-5) === b.iso.slice(-5);
}

/** What sameMeeting compares, computed once per event (folding and splitting dominate otherwise). */
interface MeetingKeys {
  event: Event;
  series: SeriesKeys | null;
  /** Month and day ("12-04") when the date is a day, else null. */
  monthDay: string | null;
  aliases: Set<string>;
  participants: Set<string>;
  /** The participants' countries. */
  countries: Set<string>;
}

function meetingKeys(event: Event): MeetingKeys {
  return {
    event,
    series: event.series ? seriesKeys(event.series) : null,
    monthDay: event.date && DAY.test(event.date.iso) ? event.date.iso.slice(-5) : null,
    aliases: new Set(event.aliases.map(squash)),
    participants: new Set(event.participants.map((p) => p.key)),
    countries: new Set(event.participants.flatMap((p) => (p.country ? [p.country] : []))),
  };
}

/**
 * Whether the two events' countries say they are different meetings: two bilateral meetings of
 * different pairs (the 6th Vietnam–France and the 6th Vietnam–Australia 2+2 dialogues), or
 * countries with none in common and three or more in all. One country on a side tells nothing:
 * an article may name one side only.
 */
function otherCountries(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const c of a) if (b.has(c)) shared += 1;
  if (a.size === 2 && b.size === 2) return shared < 2;
  return shared === 0 && a.size + b.size >= 3;
}

function sameMeetingKeys(a: MeetingKeys, b: MeetingKeys): boolean {
  const x = a.event;
  const y = b.event;
  if (otherCountries(a.countries, b.countries)) return false;
  if (a.series && b.series && x.ordinal !== null && x.ordinal === y.ordinal && sameSeriesKeys(a.series, b.series)) {
    return true;
  }
  if (!sameDay(x.date, y.date)) return false;
  for (const alias of b.aliases) if (a.aliases.has(alias)) return true;
  if (x.kind !== y.kind) return false;
  for (const key of b.participants) if (a.participants.has(key)) return true;
  return false;
}

/**
 * Tells whether two articles' events are the same meeting: same series and ordinal; or same
 * alias on the same day; or same kind on the same day with a participant in common; and in
 * every case, not between other countries (see otherCountries).
 */
export function sameMeeting(a: Event, b: Event): boolean {
  return sameMeetingKeys(meetingKeys(a), meetingKeys(b));
}

// Only events sharing a bucket are compared. Day-scoped buckets (an alias, or a kind and a
// participant, on a day) are small. Series buckets are not: every "6th dialogue" of every pair
// of countries can share a word. So a series bucket is keyed by a series those events match and
// a country tag: an event joins one bucket per country and one for its number of countries, and
// probes only the tags of events its countries do not rule out (see otherCountries), so the
// 6th Vietnam–Japan dialogue is not compared with the 6th of every other pair.

/** Country tags an event is found under. */
function joinTags(countries: Set<string>): string[] {
  return [...[...countries].map((c) => `c:${c}`), `n:${Math.min(countries.size, 3)}`];
}

/** Country tags of every event otherCountries does not rule out. */
function probeTags(countries: Set<string>): string[] {
  const mine = [...countries].map((c) => `c:${c}`);
  // no country in common: only small enough sets can still be the same meeting
  const loose = [['n:0', 'n:1', 'n:2'], ['n:0', 'n:1'], ['n:0']][countries.size] ?? [];
  return [...mine, ...loose];
}

/** For each distinct folded series, the distinct series it matches (itself included). */
function seriesMatches(keys: readonly MeetingKeys[]): { idOf: Map<string, number>; matches: number[][] } {
  const idOf = new Map<string, number>();
  const distinct: SeriesKeys[] = [];
  for (const k of keys) {
    if (k.series && !idOf.has(k.series.folded)) {
      idOf.set(k.series.folded, distinct.length);
      distinct.push(k.series);
    }
  }
  const byWord = new Map<string, number[]>();
  distinct.forEach((d, i) => {
    for (const w of d.words) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const matches = distinct.map((d, i) => {
    const out = new Set([i]);
    for (const w of d.words) {
      for (const j of byWord.get(w) ?? []) if (!out.has(j) && sameSeriesKeys(d, distinct[j] as SeriesKeys)) out.add(j);
    }
    return [...out];
  });
  return { idOf, matches };
}

/** The buckets an event joins and those it looks in for events that can be the same meeting. */
function bucketsOf(k: MeetingKeys, series: ReturnType<typeof seriesMatches>): { join: string[]; probe: string[] } {
  const join: string[] = [];
  const probe: string[] = [];
  const e = k.event;
  const id = k.series ? series.idOf.get(k.series.folded) : undefined;
  if (id !== undefined && e.ordinal !== null) {
    for (const tag of joinTags(k.countries)) join.push(`s\u0000${e.ordinal}\u0000${id}\u0000${tag}`);
    for (const other of series.matches[id] ?? []) {
      for (const tag of probeTags(k.countries)) probe.push(`s\u0000${e.ordinal}\u0000${other}\u0000${tag}`);
    }
  }
  if (k.monthDay) {
    const day: string[] = [];
    for (const a of k.aliases) day.push(`a\u0000${k.monthDay}\u0000${a}`);
    for (const p of k.participants) day.push(`p\u0000${k.monthDay}\u0000${e.kind}\u0000${p}`);
    join.push(...day);
    probe.push(...day);
  }
  return { join, probe };
}

/** For each event, the member lists (in event order) of the buckets it probes. */
function probedBuckets(keys: readonly MeetingKeys[]): number[][][] {
  const series = seriesMatches(keys);
  const all = keys.map((k) => bucketsOf(k, series));
  const buckets = new Map<string, number[]>();
  all.forEach(({ join }, i) => {
    for (const b of join) {
      const members = buckets.get(b);
      if (members) members.push(i);
      else buckets.set(b, [i]);
    }
  });
  return all.map(({ probe }) => probe.map((b) => buckets.get(b) ?? []));
}

/** The first position in an ascending list holding a value above `i`. */
function firstAbove(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// the same order as String#localeCompare, many times faster when sorting thousands of ids
const byLocale = new Intl.Collator().compare;

/** Articles in the corpus's order (by id). */
export const sortArticles = (articles: readonly Article[]): Article[] =>
  [...articles].sort((x, y) => byLocale(x.id, y.id));

/**
 * Merges articles into a corpus: one event per meeting with every article's sources, one person
 * per key with every spelling and role. Disagreeing dates and places are kept side by side.
 * Two events of one article are never merged: the article told them apart; nor two groups whose
 * countries say they are other meetings (see otherCountries).
 */
export function mergeCorpus(articles: readonly Article[]): Corpus {
  const sorted = sortArticles(articles);
  const all = sorted.flatMap((a) => a.events.map((event) => ({ article: a, event })));
  const keys = all.map((item) => meetingKeys(item.event));
  // union-find over events, refusing a union that would put two events of one article together;
  // pairs are tried in (i, j) order, so the groups are those of comparing every pair
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    // path compression: the roots stay the same, later look-ups take one step
    for (let x = i; parent[x] !== r; ) {
      const next = parent[x] ?? r;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const members = new Map(all.map((item, i) => [i, new Set([item.article.id])]));
  // a group's countries, so that events naming one side cannot chain two pairs' meetings together
  const countries = new Map(keys.map((k, i) => [i, new Set(k.countries)]));
  const articleOf = all.map((item) => item.article.id);
  const probed = probedBuckets(keys);
  // only events sharing a bucket can match: for each i, those j > i, deduplicated and in order
  const seen = new Int32Array(all.length).fill(-1);
  for (let i = 0; i < all.length; i++) {
    const ki = keys[i];
    if (!ki) continue;
    const candidates: number[] = [];
    for (const bucket of probed[i] ?? []) {
      for (let y = firstAbove(bucket, i); y < bucket.length; y++) {
        const j = bucket[y] as number;
        if (seen[j] === i || articleOf[j] === articleOf[i]) continue;
        seen[j] = i;
        candidates.push(j);
      }
    }
    candidates.sort((a, b) => a - b);
    for (const j of candidates) {
      const kj = keys[j];
      const ri = find(i);
      const rj = find(j);
      if (ri === rj || !kj || !sameMeetingKeys(ki, kj)) continue;
      const mi = members.get(ri) ?? new Set<string>();
      const mj = members.get(rj) ?? new Set<string>();
      const [small, big] = mi.size < mj.size ? [mi, mj] : [mj, mi];
      if ([...small].some((id) => big.has(id))) continue;
      const ci = countries.get(ri) ?? new Set<string>();
      const cj = countries.get(rj) ?? new Set<string>();
      if (otherCountries(ci, cj)) continue;
      parent[rj] = ri;
      for (const id of mj) mi.add(id);
      members.set(ri, mi);
      for (const c of cj) ci.add(c);
      countries.set(ri, ci);
    }
  }
  const groups = new Map<number, typeof all>();
  all.forEach((item, i) => {
    const r = find(i);
    const group = groups.get(r);
    if (group) group.push(item);
    else groups.set(r, [item]);
  });
  const events = [...groups.values()].map(mergeEvents);
  return { articles: sorted, events, people: mergePeople(sorted, events) };
}

function readings<T>(items: { value: T; sources: Source[] }[], keyOf: (v: T) => string) {
  const out = new Map<string, { value: T; sources: Source[] }>();
  for (const { value, sources } of items) {
    const k = keyOf(value);
    const seen = out.get(k);
    if (seen) seen.sources.push(...sources);
    else out.set(k, { value, sources: [...sources] });
  }
  // the reading most sources give comes first; ties keep the earliest
  return [...out.values()].sort((x, y) => y.sources.length - x.sources.length);
}

const specificity = (d: DateRef) => (d.year === 'unknown' ? 0 : d.iso.length);

function mergeEvents(items: { article: Article; event: Event }[]): CorpusEvent {
  const first = items[0];
  if (!first) throw new Error('an event group is never empty');
  const events = items.map((i) => i.event);
  const dates = readings(
    events.flatMap((e) => (e.date ? [{ value: e.date, sources: e.evidence }] : [])),
    (d: DateRef) => d.iso,
  ).sort((x, y) => y.sources.length - x.sources.length || specificity(y.value) - specificity(x.value));
  const places = readings(
    events.flatMap((e) => (e.place ? [{ value: e.place, sources: e.evidence }] : [])),
    (p: Place) => fold(p.name),
  );
  const participants = new Map<string, Participant>();
  for (const p of events.flatMap((e) => e.participants)) {
    const seen = participants.get(p.key);
    // the fullest spelling of the name, the first role and country given
    const name = seen && nameLength(seen.name) >= nameLength(p.name) ? seen.name : p.name;
    participants.set(
      p.key,
      seen ? { ...seen, name, role: seen.role ?? p.role, country: seen.country ?? p.country } : p,
    );
  }
  const unique = (xs: string[]) => [...new Map(xs.map((x) => [fold(x), x])).values()];
  return {
    ...first.event,
    aliases: unique(events.flatMap((e) => e.aliases)),
    ordinal: events.find((e) => e.ordinal !== null)?.ordinal ?? null,
    series: events.find((e) => e.series !== null)?.series ?? null,
    date: dates[0]?.value ?? null,
    place: places[0]?.value ?? null,
    participants: [...participants.values()],
    outcomes: unique(events.flatMap((e) => e.outcomes)),
    evidence: events.flatMap((e) => e.evidence),
    articleIds: [...new Set(items.map((i) => i.article.id))],
    dates,
    places,
  };
}

function mergePeople(articles: readonly Article[], events: readonly CorpusEvent[]): CorpusPerson[] {
  const people = new Map<
    string,
    {
      names: Map<string, number>;
      countries: Map<string, number>;
      roles: Map<string, { role: string; sources: Source[] }>;
      mentions: Source[];
    }
  >();
  const entry = (key: string) => {
    let e = people.get(key);
    if (!e) {
      e = { names: new Map(), countries: new Map(), roles: new Map(), mentions: [] };
      people.set(key, e);
    }
    return e;
  };
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of articles) {
    for (const p of a.people) {
      const e = entry(p.key);
      count(e.names, p.name);
      if (p.country) count(e.countries, p.country);
      e.mentions.push(p.source);
      if (p.role) {
        const r = e.roles.get(fold(p.role));
        if (r) r.sources.push(p.source);
        else e.roles.set(fold(p.role), { role: p.role, sources: [p.source] });
      }
    }
  }
  const eventsOf = new Map<string, string[]>();
  for (const ev of events) {
    for (const p of ev.participants) {
      count(entry(p.key).names, p.name);
      // a merged event lists each participant key once
      const ids = eventsOf.get(p.key);
      if (ids) ids.push(ev.id);
      else eventsOf.set(p.key, [ev.id]);
    }
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0];
  return [...people.entries()]
    .map(([key, e]) => ({
      key,
      name: top(e.names) ?? key,
      aliases: [...e.names.keys()],
      country: top(e.countries) ?? null,
      roles: [...e.roles.values()],
      mentions: e.mentions,
      events: eventsOf.get(key) ?? [],
    }))
    .sort((x, y) => byLocale(x.key, y.key));
}
