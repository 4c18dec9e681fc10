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

/** Two events of one article with the same name and edition: the article reports one meeting twice. */
const sameReport = (a: CorpusEvent, b: CorpusEvent) =>
  squashedName(a) === squashedName(b) &&
  a.articleIds.some((id) => b.articleIds.includes(id)) &&
  (a.ordinal === null || b.ordinal === null || a.ordinal === b.ordinal);

/** How much a report tells: a dated year first, then who took part and the evidence. */
const richness = (e: CorpusEvent) =>
  (e.date ? (e.date.year === 'unknown' ? 1 : 2) : 0) * 100 + e.participants.length * 10 + e.evidence.length;

/**
 * Ranked events with one article's repeated reports of a meeting (lead and body) folded into the
 * fuller one, keeping the rank of each group's best-ranked member.
 */
export function collapseReports(ranked: readonly CorpusEvent[]): CorpusEvent[] {
  const groups: CorpusEvent[][] = [];
  for (const e of ranked) {
    const group = groups.find((g) => g.some((x) => sameReport(x, e)));
    if (group) group.push(e);
    else groups.push([e]);
  }
  return groups.map((g) => g.reduce((a, b) => (richness(b) > richness(a) ? b : a)));
}
