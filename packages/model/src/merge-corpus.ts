import type { Article } from './article.js';
import type { Corpus, CorpusEvent, CorpusPerson } from './corpus.js';
import type { DateRef } from './date-ref.js';
import type { Event, Place } from './event.js';
import type { Participant } from './person.js';
import { foldText, nameTokens } from './person-key.js';
import type { Source } from './source.js';

const fold = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();
const squash = (s: string) => foldText(s).replace(/[^\p{L}\p{N}+]/gu, '');
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

/** Two series names are one when most of their words agree ("dialogue sur la politique de défense" ~ "Dialogue de politique de défense"). */
function sameSeries(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return true;
  const A = seriesWords(a);
  const B = seriesWords(b);
  const shared = [...A].filter((w) => B.has(w)).length;
  return shared / Math.max(1, Math.min(A.size, B.size)) >= 0.75 && shared >= 2;
}

/** Two dates can be one meeting's: the same day, or the same day and month where a year is unknown. */
function sameDay(a: DateRef | null, b: DateRef | null): boolean {
  if (!a || !b) return false;
  const dayA = /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(a.iso);
  const dayB = /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(b.iso);
  if (!dayA || !dayB) return false;
  if (a.iso === b.iso) return true;
  return (a.year === 'unknown' || b.year === 'unknown') && a.iso.slice(-5) === b.iso.slice(-5);
}

/**
 * Tells whether two articles' events are the same meeting: same series and ordinal; or same
 * alias on the same day; or same kind on the same day with a participant in common.
 */
export function sameMeeting(a: Event, b: Event): boolean {
  if (a.series && b.series && a.ordinal !== null && a.ordinal === b.ordinal && sameSeries(a.series, b.series)) {
    return true;
  }
  if (!sameDay(a.date, b.date)) return false;
  const aliases = new Set(a.aliases.map(squash));
  if (b.aliases.some((x) => aliases.has(squash(x)))) return true;
  const keys = new Set(a.participants.map((p) => p.key));
  return a.kind === b.kind && b.participants.some((p) => keys.has(p.key));
}

/**
 * Merges articles into a corpus: one event per meeting with every article's sources, one person
 * per key with every spelling and role. Disagreeing dates and places are kept side by side.
 * Two events of one article are never merged: the article told them apart.
 */
export function mergeCorpus(articles: readonly Article[]): Corpus {
  const sorted = [...articles].sort((x, y) => x.id.localeCompare(y.id));
  const all = sorted.flatMap((a) => a.events.map((event) => ({ article: a, event })));
  // union-find over events, refusing a union that would put two events of one article together
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const members = new Map(all.map((item, i) => [i, new Set([item.article.id])]));
  all.forEach((x, i) => {
    all.forEach((y, j) => {
      if (j <= i || x.article.id === y.article.id || !sameMeeting(x.event, y.event)) return;
      const ri = find(i);
      const rj = find(j);
      if (ri === rj) return;
      const mi = members.get(ri) ?? new Set<string>();
      const mj = members.get(rj) ?? new Set<string>();
      if ([...mi].some((id) => mj.has(id))) return;
      parent[rj] = ri;
      members.set(ri, new Set([...mi, ...mj]));
    });
  });
  const groups = new Map<number, typeof all>();
  all.forEach((item, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), item]);
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
    const name = seen && nameTokens(seen.name).length >= nameTokens(p.name).length ? seen.name : p.name;
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
  for (const ev of events) for (const p of ev.participants) count(entry(p.key).names, p.name);
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
      events: events.filter((ev) => ev.participants.some((p) => p.key === key)).map((ev) => ev.id),
    }))
    .sort((x, y) => x.key.localeCompare(y.key));
}
