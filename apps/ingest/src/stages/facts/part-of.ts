import type { EventKind } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';

/** Where a ceremony's documents are decided: talks, a summit, a dialogue; not a dinner or another ceremony. */
const HOSTS: ReadonlySet<EventKind> = new Set([
  'dialogue',
  'talks',
  'phone_call',
  'summit',
  'meeting',
  'ministerial_meeting',
  'visit',
]);

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
