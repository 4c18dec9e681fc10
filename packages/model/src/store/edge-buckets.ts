import type { MeetingKeys } from '../merge/merge-keys.js';

const SEP = '\u001f';

/**
 * Buckets an event is filed under, such that two events that can be the same meeting
 * (sameMeetingKeys) always share one: the same series (or a series word) and ordinal; or the same
 * month and day with an alias, or a kind and participant, in common. A bucket only finds
 * candidates; sameMeetingKeys decides.
 */
export function edgeBuckets(k: MeetingKeys): string[] {
  const out: string[] = [];
  const e = k.event;
  if (k.series && e.ordinal !== null) {
    out.push(['s', e.ordinal, k.series.folded].join(SEP));
    for (const w of k.series.words) out.push(['w', e.ordinal, w].join(SEP));
  }
  if (k.monthDay) {
    for (const a of k.aliases) out.push(['a', k.monthDay, a].join(SEP));
    for (const p of k.participants) out.push(['p', k.monthDay, e.kind, p].join(SEP));
  }
  return out;
}
