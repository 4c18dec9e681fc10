import type { Article } from '../article.js';
import type { CorpusEvent } from '../corpus.js';
import type { DateRef } from '../date-ref.js';
import type { Event, Place } from '../event.js';
import type { Participant } from '../person.js';
import type { Source } from '../source.js';
import { fold, nameLength } from './folding.js';
import { mergeOutcomes } from './merge-outcomes.js';

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

/** One meeting from the events that report it: every source kept, disagreeing readings side by side. */
export function mergeEvents(items: { article: Article; event: Event }[]): CorpusEvent {
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
  const part = events.find((e) => e.partOf)?.partOf;
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
    outcomeSources: mergeOutcomes(items),
    ...(part ? { partOf: part } : {}),
    evidence: events.flatMap((e) => e.evidence),
    articleIds: [...new Set(items.map((i) => i.article.id))],
    dates,
    places,
  };
}
