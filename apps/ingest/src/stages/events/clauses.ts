import type { FoundPerson, TriggerHit } from '../../draft/mentions.js';
import type { SentenceFacts } from './event-context.js';

// "à l'issue d'un entretien", "after talks": another moment than the sentence's meeting ("lors de" is the same one)
const BEFORE_OR_AFTER = /(?:issue|apr[èe]s|after|following|avant|before|ahead|suite)(?!\p{L})/iu;

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
  // "X a signé un contrat à l'issue d'un entretien avec Y": the talks referred to are told here too
  const aside = f.triggers.find(
    (h) =>
      h.background &&
      !h.passing &&
      h !== main &&
      h.kind !== main.kind &&
      (h.kind === 'talks' || h.kind === 'meeting') &&
      BEFORE_OR_AFTER.test(f.sentence.text.slice(Math.max(0, h.start - 30), h.start)),
  );
  if (fresh.length < 2)
    return aside
      ? [
          { main, people: f.people },
          { main: aside, people: f.people },
        ]
      : [{ main, people: f.people }];
  const subject = f.people.filter((p) => p.name.start < (fresh[0]?.start ?? 0));
  return fresh.map((h, k) => {
    const next = fresh[k + 1]?.start ?? Number.POSITIVE_INFINITY;
    const own = f.people.filter((p) => p.name.start >= h.start && p.name.start < next);
    return { main: h, people: [...subject, ...own] };
  });
}
