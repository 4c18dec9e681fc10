import type { CorpusEvent } from '@kizuna/model';
import { foldText } from '@kizuna/model';

/** Folded, with only letters, digits and "+": "2 + 2" and "2+2" squash alike. */
export const squash = (s: string): string => foldText(s).replace(/[^\p{L}\p{N}+]/gu, '');

const squashedNames = new WeakMap<CorpusEvent, string>();
const squashedName = (e: CorpusEvent) => {
  let name = squashedNames.get(e);
  if (name === undefined) {
    name = squash(e.name);
    squashedNames.set(e, name);
  }
  return name;
};

/** Two events of one article with the same name may be one report unless their editions differ. */
const editionsAgree = (a: CorpusEvent, b: CorpusEvent) =>
  a.ordinal === null || b.ordinal === null || a.ordinal === b.ordinal;

/** How much a report tells: a dated year first, then who took part and the evidence. */
const richness = (e: CorpusEvent) =>
  (e.date ? (e.date.year === 'unknown' ? 1 : 2) : 0) * 100 + e.participants.length * 10 + e.evidence.length;

/**
 * Ranked events with one article's repeated reports of a meeting (lead and body) folded into the
 * fuller one, keeping the rank of each group's best-ranked member. Two events are one report when
 * they share their squashed name and an article and their editions agree; an event joins the
 * earliest group holding such a report.
 */
export function collapseReports(ranked: readonly CorpusEvent[]): CorpusEvent[] {
  const groups: CorpusEvent[][] = [];
  // members by squashed name and article: only these can be the same report as a later event,
  // so a few hundred close matches cost their articles, not every pair
  const members = new Map<string, { event: CorpusEvent; group: number }[]>();
  for (const e of ranked) {
    const name = squashedName(e);
    let found = -1;
    for (const id of e.articleIds) {
      for (const m of members.get(`${name}\u0000${id}`) ?? []) {
        if ((found === -1 || m.group < found) && editionsAgree(m.event, e)) found = m.group;
      }
    }
    if (found === -1) {
      found = groups.length;
      groups.push([e]);
    } else groups[found]?.push(e);
    for (const id of new Set(e.articleIds)) {
      const key = `${name}\u0000${id}`;
      const list = members.get(key);
      if (list) list.push({ event: e, group: found });
      else members.set(key, [{ event: e, group: found }]);
    }
  }
  return groups.map((g) => g.reduce((a, b) => (richness(b) > richness(a) ? b : a)));
}
