import { type MeetingKeys, type SeriesKeys, sameSeriesKeys } from './merge-keys.js';

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
export function probedBuckets(keys: readonly MeetingKeys[]): number[][][] {
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
export function firstAbove(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
