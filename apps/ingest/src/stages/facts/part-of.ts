import type { EventKind } from '@kizuna/model';
import { type DraftEvent, WORKING_KINDS } from '../../draft/meetings.js';

/** Where a ceremony's documents are decided: a working meeting or the visit holding them. */
const HOSTS: ReadonlySet<EventKind> = new Set([...WORKING_KINDS, 'visit']);

/**
 * The meeting a signing ceremony belongs to: of the article's meetings that can host one and whose
 * date does not clash with the ceremony's, the one told nearest it (a working meeting before a
 * visit). -1 when none, or when the event is no signing.
 */
export function hostOf(events: readonly DraftEvent[], k: number): number {
  const s = events[k];
  if (s?.kind !== 'signing') return -1;
  let best = -1;
  const score = (e: DraftEvent) => (e.kind === 'visit' ? 1000 : 0) + Math.abs(e.trigger.sentence - s.trigger.sentence);
  events.forEach((e, j) => {
    if (j === k || !HOSTS.has(e.kind)) return;
    if (s.date && e.date && s.date.iso !== e.date.iso) return;
    const b = events[best];
    if (!b || score(e) < score(b)) best = j;
  });
  return best;
}
