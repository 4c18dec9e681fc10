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

// what someone said: the people named after it are what was said about, not who met
const SPEECH =
  /(?<!\p{L})(?:said|says|saying|told|stressed|declared|announced|recalled|according to|a (?:d[ée]clar[ée]|dit|affirm[ée]|soulign[ée]|indiqu[ée]|rappel[ée]|estim[ée])|selon)(?!\p{L})/iu;

/** Where what was said starts after the meeting word, or the sentence's end. */
function speechStart(text: string, after: number): number {
  const m = SPEECH.exec(text.slice(after));
  return m ? after + m.index : Number.POSITIVE_INFINITY;
}

/**
 * The meetings a sentence tells, each with its people: one per kind of meeting word, the people after
 * a word (up to the next) belong to it and the people before the first word to all of them
 * ("X a rendu des visites de courtoisie à A et B, et a rencontré C"); none named in what someone
 * said after the meeting word ("called on Modi, who said he appreciated the priority Starmer gave…").
 */
export function clauses(f: SentenceFacts): { main: TriggerHit; people: FoundPerson[] }[] {
  const main = mainTrigger(f.triggers);
  if (!main) return [];
  const fresh = f.triggers
    .filter((h) => !h.passing && !h.background)
    .filter((h, i, all) => all.findIndex((x) => x.kind === h.kind) === i);
  const said = speechStart(f.sentence.text, main.end);
  const people = f.people.filter((p) => p.name.start < said);
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
          { main, people },
          { main: aside, people },
        ]
      : [{ main, people }];
  const subject = people.filter((p) => p.name.start < (fresh[0]?.start ?? 0));
  return fresh.map((h, k) => {
    const next = fresh[k + 1]?.start ?? Number.POSITIVE_INFINITY;
    const own = people.filter((p) => p.name.start >= h.start && p.name.start < next);
    return { main: h, people: [...subject, ...own] };
  });
}
