import type { Article } from '../article.js';
import type { CorpusEvent } from '../corpus.js';
import type { Event } from '../event.js';

/** The corpus event each article event was merged into, by the article event's id. */
export function corpusIds(
  events: readonly CorpusEvent[],
  all: readonly { article: Article; event: Event }[],
  roots: readonly number[],
): Map<string, string> {
  const indexOf = new Map(all.map((x, i) => [x.event.id, i]));
  const byRoot = new Map<number, string>();
  for (const e of events) {
    const i = indexOf.get(e.id) ?? -1;
    byRoot.set(roots[i] ?? i, e.id);
  }
  const corpusIdOf = new Map<string, string>();
  all.forEach((x, i) => {
    const id = byRoot.get(roots[i] ?? i);
    if (id) corpusIdOf.set(x.event.id, id);
  });
  return corpusIdOf;
}

/**
 * Points each signing ceremony at its merged meeting (`partOf` names an article's event, which may
 * now be part of another corpus event; `corpusIdOf` says which), and gives the meeting the
 * outcomes of its ceremonies: a document signed at a meeting is an outcome of it. The store links
 * its meetings when it reads them, with the same function.
 */
export function linkParts(events: CorpusEvent[], corpusIdOf: (eventId: string) => string | undefined): CorpusEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const e of events) {
    if (!e.partOf) continue;
    const host = corpusIdOf(e.partOf);
    if (!host || host === e.id) {
      e.partOf = null;
      continue;
    }
    e.partOf = host;
    const meeting = byId.get(host);
    if (!meeting) continue;
    const have = new Set(meeting.outcomes);
    meeting.outcomes.push(...e.outcomes.filter((o) => !have.has(o)));
    const readings = meeting.outcomeSources ?? [];
    for (const r of e.outcomeSources ?? []) if (!readings.some((x) => x.text === r.text)) readings.push(r);
    meeting.outcomeSources = readings;
  }
  return events;
}
