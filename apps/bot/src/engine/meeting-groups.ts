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

const articleSets = new WeakMap<CorpusEvent, Set<string>>();
const articleSet = (e: CorpusEvent) => {
  let set = articleSets.get(e);
  if (!set) {
    set = new Set(e.articleIds);
    articleSets.set(e, set);
  }
  return set;
};

/** Two events of one article with the same name and edition: the article reports one meeting twice. */
const sameReport = (a: CorpusEvent, b: CorpusEvent) => {
  if (squashedName(a) !== squashedName(b)) return false;
  if (a.ordinal !== null && b.ordinal !== null && a.ordinal !== b.ordinal) return false;
  // a meeting many outlets reported has thousands of articles: look up in the smaller list's set
  const [small, big] = a.articleIds.length <= b.articleIds.length ? [a, b] : [b, a];
  const others = articleSet(big);
  return small.articleIds.some((id) => others.has(id));
};

/** How much a report tells: a dated year first, then who took part and the evidence. */
const richness = (e: CorpusEvent) =>
  (e.date ? (e.date.year === 'unknown' ? 1 : 2) : 0) * 100 + e.participants.length * 10 + e.evidence.length;

/**
 * Ranked events with one article's repeated reports of a meeting (lead and body) folded into the
 * fuller one, keeping the rank of each group's best-ranked member.
 */
export function collapseReports(ranked: readonly CorpusEvent[]): CorpusEvent[] {
  const groups: CorpusEvent[][] = [];
  // members of a group share their squashed name: only groups of that name can take an event
  const byName = new Map<string, CorpusEvent[][]>();
  for (const e of ranked) {
    const named = byName.get(squashedName(e)) ?? [];
    const group = named.find((g) => g.some((x) => sameReport(x, e)));
    if (group) group.push(e);
    else {
      const fresh = [e];
      groups.push(fresh);
      named.push(fresh);
      byName.set(squashedName(e), named);
    }
  }
  return groups.map((g) => g.reduce((a, b) => (richness(b) > richness(a) ? b : a)));
}
