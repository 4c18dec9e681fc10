import type { Article } from '../article.js';
import type { CorpusEvent } from '../corpus.js';
import type { Event } from '../event.js';
import type { Fact } from '../fact.js';
import { groupEvents } from '../merge/group-events.js';
import { mergeEvents } from '../merge/merge-events.js';
import { type MeetingKeys, meetingKeys } from '../merge/merge-keys.js';

/** A stored event: its row, article and place in it, the event and its article's outcome facts about it. */
export interface StoredEvent {
  rowid: number;
  articleId: string;
  idx: number;
  event: Event;
  facts: Fact[];
}

/**
 * A merged meeting, where it sits in the corpus order (its first event's article and index) and
 * the ids of the articles' events it merges.
 */
export interface PlacedMeeting {
  meeting: CorpusEvent;
  articleId: string;
  idx: number;
  members: string[];
}

/**
 * The meetings of one connected component, merged exactly as mergeCorpus merges them: the
 * grouping of a component depends only on its own events and their order, since no other event
 * can be the same meeting as any of them. `events` must be in corpus order.
 */
export function mergeComponent(events: readonly StoredEvent[], keysOf: KeysOf): PlacedMeeting[] {
  const roots = groupEvents(
    events.map((e) => keysOf(e.rowid, () => e.event)),
    events.map((e) => e.articleId),
  );
  const groups = new Map<number, StoredEvent[]>();
  events.forEach((e, i) => {
    const r = roots[i] ?? i;
    const group = groups.get(r);
    if (group) group.push(e);
    else groups.set(r, [e]);
  });
  return [...groups.values()].map((group) => {
    const first = group[0] as StoredEvent;
    // mergeEvents reads only the article's id and its outcome facts about the event
    const items = group.map((e) => ({ article: { id: e.articleId, facts: e.facts } as Article, event: e.event }));
    return {
      meeting: mergeEvents(items),
      articleId: first.articleId,
      idx: first.idx,
      members: group.map((e) => e.event.id),
    };
  });
}

/** An event's meeting keys by its row id; `load` gives the event when they are not known yet. */
export type KeysOf = ((rowid: number, load: () => Event) => MeetingKeys) & { clear(): void };

/** Keys computed once per event and kept for later merges of its component (bounded). */
export function keysCache(limit = 50_000): KeysOf {
  const cache = new Map<number, MeetingKeys>();
  const keysOf = (rowid: number, load: () => Event) => {
    let k = cache.get(rowid);
    if (!k) {
      if (cache.size >= limit) cache.clear();
      k = meetingKeys(load());
      cache.set(rowid, k);
    }
    return k;
  };
  return Object.assign(keysOf, { clear: () => cache.clear() });
}
