import type { Article } from './article.js';
import type { Corpus, CorpusEvent, CorpusPerson } from './corpus.js';
import type { DateRef } from './date-ref.js';
import type { Event, Place } from './event.js';
import type { Participant } from './person.js';
import { foldText } from './person-key.js';
import type { Source } from './source.js';

const fold = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();
const squash = (s: string) => foldText(s).replace(/[^\p{L}\p{N}+]/gu, '');

/** Tells whether two articles' events are the same meeting (same series and ordinal, etc.). */
export function sameMeeting(a: Event, b: Event): boolean {
  if (a.series && b.series && a.ordinal !== null && a.ordinal === b.ordinal && fold(a.series) === fold(b.series)) {
    return true;
  }
  const sameDay = !!a.date && !!b.date && a.date.iso === b.date.iso && a.date.iso.length >= 10;
  if (!sameDay) return false;
  const aliases = new Set(a.aliases.map(squash));
  if (b.aliases.some((x) => aliases.has(squash(x)))) return true;
  const keys = new Set(a.participants.map((p) => p.key));
  return a.kind === b.kind && b.participants.some((p) => keys.has(p.key));
}

/**
 * Merges articles into a corpus: one event per meeting with every article's sources, one person
 * per key with every spelling and role. Disagreeing dates and places are kept side by side.
 */
export function mergeCorpus(articles: readonly Article[]): Corpus {
  const sorted = [...articles].sort((x, y) => x.id.localeCompare(y.id));
  const all = sorted.flatMap((a) => a.events.map((event) => ({ article: a, event })));
  const groups: (typeof all)[] = [];
  for (const item of all) {
    const group = groups.find((g) =>
      g.some((other) => other.article.id !== item.article.id && sameMeeting(other.event, item.event)),
    );
    if (group) group.push(item);
    else groups.push([item]);
  }
  const events = groups.map(mergeEvents);
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
    participants.set(p.key, seen ? { ...seen, role: seen.role ?? p.role, country: seen.country ?? p.country } : p);
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
