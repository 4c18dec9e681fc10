import type { EventKind } from '@kizuna/model';
import type { TriggerHit } from '../../draft/mentions.js';
import { readOrdinal } from '../../text/ordinal.js';

const ABSORBING = new Set<EventKind>(['meeting', 'talks', 'reception', 'visit']);
const MAX_GAP = 260;
const NAMED = new Set<EventKind>(['dialogue', 'ministerial_meeting', 'summit']);
const GENERIC_NAMED = new Set<EventKind>(['meeting', 'talks']);
const SINCE = /(?<![\p{L}])(?:depuis|since)(?![\p{L}])/u;

/**
 * "X met Y … for the second 2+2 ministerial meeting", "a rencontré … dans le cadre du 5e dialogue":
 * the verb and the named meeting are one event, told with the named one's kind and name. A side
 * meeting ("on the sidelines of") stays its own event because that phrase is not a part-of link.
 */
export function absorbNamed(hits: readonly TriggerHit[], folded: string, partOf: RegExp): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const g = hits[i];
    const n = hits[i + 1];
    if (!g) continue;
    if (!n || !ABSORBING.has(g.kind) || n.start - g.end > MAX_GAP) {
      out.push(g);
      continue;
    }
    // the named meeting is more specific than the verb: a named kind, a series number ("5e dialogue"),
    // or the meeting a host received someone for; "first meeting since 2013" is no series number
    const ordinal = readOrdinal(folded, n.start);
    const numbered = !!ordinal && !SINCE.test(folded.slice(n.end, n.end + 80).split(/[,;.]/)[0] ?? '');
    const specific = NAMED.has(n.kind) || numbered || (g.kind === 'reception' && GENERIC_NAMED.has(n.kind));
    if (!specific) {
      out.push(g);
      continue;
    }
    // an opening quote belongs to the name: "for the sixth «2+2» meeting"
    const between = folded.slice(g.end, n.start).replace(/["«“]\s*$/u, '');
    const tail = between.slice(between.lastIndexOf(',') + 1);
    const m = /[.;:]/.test(between) ? null : partOf.exec(tail.length < between.length ? ` ${tail}` : tail);
    if (!m) {
      out.push(g);
      continue;
    }
    out.push({ ...n, nameStart: n.start - (m[1] ?? '').length, background: g.background, passing: g.passing });
    i += 1;
  }
  return out;
}
