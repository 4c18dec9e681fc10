import type { FoundPerson, TriggerHit } from '../../draft/mentions.js';
import type { SentenceFacts } from './event-context.js';

const triggerRank = (h: TriggerHit) => (h.background ? 100 : 0) + h.rank;

/** Picks the meeting a sentence tells: a fresh mention before one that refers back ("after the talks"). */
function mainTrigger(hits: readonly TriggerHit[]): TriggerHit | undefined {
  const live = hits.filter((h) => !h.passing);
  return [...live].sort((a, b) => triggerRank(a) - triggerRank(b) || a.start - b.start)[0];
}

/**
 * The meetings a sentence tells, each with its people: one per kind of meeting word, the people after
 * a word (up to the next) belong to it and the people before the first word to all of them
 * ("X a rendu des visites de courtoisie à A et B, et a rencontré C").
 */
export function clauses(f: SentenceFacts): { main: TriggerHit; people: FoundPerson[] }[] {
  const main = mainTrigger(f.triggers);
  if (!main) return [];
  const fresh = f.triggers
    .filter((h) => !h.passing && !h.background)
    .filter((h, i, all) => all.findIndex((x) => x.kind === h.kind) === i);
  if (fresh.length < 2) return [{ main, people: f.people }];
  const subject = f.people.filter((p) => p.name.start < (fresh[0]?.start ?? 0));
  return fresh.map((h, k) => {
    const next = fresh[k + 1]?.start ?? Number.POSITIVE_INFINITY;
    const own = f.people.filter((p) => p.name.start >= h.start && p.name.start < next);
    return { main: h, people: [...subject, ...own] };
  });
}
