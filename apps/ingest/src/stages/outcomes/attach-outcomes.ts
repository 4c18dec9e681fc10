import type { EventKind, Sentence } from '@kizuna/model';
import { type DraftEvent, WORKING_KINDS } from '../../draft/meetings.js';
import type { FoundPerson } from '../../draft/mentions.js';
import type { MeetingWords } from '../../resources/meeting-words.js';
import type { OutcomeWords } from '../../resources/outcome-words.js';
import { foldKeepLength } from '../../text/fold.js';
import { LETTER_OR_NUMBER_BEFORE, matchesNotAfter } from '../../text/not-after.js';
import { findOutcomes } from './find-outcomes.js';

const LEAD = 25;

/**
 * Whether an outcome is told as before the story ("last year", "l'an dernier"): the sentence opens
 * with the time, names a document, or the time stands in the decision's own clause; "tensions
 * since last summer, and announce…" still tells this meeting's result.
 */
function isPrior(
  folded: string,
  priors: readonly RegExpExecArray[],
  o: { span: { start: number; end: number }; isDocument: boolean },
): boolean {
  const { span } = o;
  return priors.some((m) => {
    // a document named in a sentence about the past is a past one, wherever the time stands
    if (m.index < LEAD || o.isDocument) return true;
    if (m.index >= span.start) return m.index < span.end + 30;
    return !/[,;:]|\b(?:et|and|mais|but|puis|then)\b/u.test(folded.slice(m.index + m[0].length, span.start));
  });
}

/** "250 billion euros in 2023" in an article of 2024: a figure or act of a year before the article's is a past fact. */
function isPastYear(o: { span: { text: string }; isDocument: boolean }, year: number | null): boolean {
  if (o.isDocument || year === null) return false;
  // "curbs imposed in 2019", "signé en 2001": the year dates a thing the act is about, not the act
  const m = /(\S+)\s+(?:in|en)\s+((?:19|20)\d\d)(?!\d)/u.exec(o.span.text);
  return !!m && !/(?:ed|é|ée|és|ées)$/u.test(m[1] ?? '') && Number(m[2]) < year;
}

/** How fit a meeting is to hold an outcome: a signing holds its documents, a reception or visit little. */
function fitness(kind: EventKind, isDocument: boolean): number {
  if (kind === 'signing') return isDocument ? 3 : 0;
  return WORKING_KINDS.has(kind) ? 2 : 0;
}

/**
 * The meeting an outcome belongs to: the fittest meeting its sentence tells, else the fittest told
 * before it (the latest of equals) when that one is a working meeting, else the working meeting
 * told next after it: a lead says the result before the talks are told, and a reception told
 * before seldom decided it; else the reception or visit before, else the article's first meeting.
 */
function ownerOf(i: number, events: readonly DraftEvent[], isDocument: boolean, named: number): number {
  // a meeting nobody is named at is often only a mention ("la rencontre"): a peopled one of equal kind first
  const fit = (k: number) => fitness(events[k]?.kind ?? 'other', isDocument);
  const rank = (k: number) => 2 * fit(k) + (events[k]?.participants.length ? 1 : 0);
  const distance = (e: DraftEvent) => Math.abs(e.trigger.sentence - i);
  const pick = (keep: (e: DraftEvent) => boolean, closer: (e: DraftEvent, b: DraftEvent) => boolean) => {
    let best = -1;
    events.forEach((e, k) => {
      if (!keep(e)) return;
      const b = events[best];
      if (!b || rank(k) > rank(best) || (rank(k) === rank(best) && closer(e, b))) best = k;
    });
    return best;
  };
  const later = (e: DraftEvent, b: DraftEvent) => e.trigger.sentence > b.trigger.sentence;
  const own = pick((e) => e.trigger.sentence === i, later);
  if (own >= 0) return own;
  // a sentence naming someone who took part in one working meeting only ("Trump invited…") tells that one
  if (named >= 0 && fit(named) > 0) return named;
  const before = pick((e) => e.trigger.sentence < i, later);
  if (before >= 0 && fit(before) > 0) return before;
  // not to a meeting of another day: the sentence is still telling the one before
  const day = events[before]?.date?.iso;
  const sameDay = (e: DraftEvent) => !day || e.date?.iso === day;
  const after = pick(
    (e) => e.trigger.sentence > i && fit(events.indexOf(e)) > 0 && sameDay(e),
    (e, b) => distance(e) < distance(b),
  );
  return after >= 0 || before < 0 ? Math.max(after, 0) : before;
}

/**
 * The one working meeting told so far that the people a sentence names took part in, when they name
 * one only: a person of several meetings tells none apart. -1 when none or several.
 */
function meetingOfPeople(i: number, people: readonly FoundPerson[], events: readonly DraftEvent[]): number {
  const owners = new Set<number>();
  for (const p of people) {
    // of the meetings already told: a later one is not yet the story's
    const told = (e: DraftEvent) => WORKING_KINDS.has(e.kind) && e.trigger.sentence <= i;
    const of = events.flatMap((e, k) => (told(e) && e.participants.includes(p.key) ? [k] : []));
    if (of.length === 1) owners.add(of[0] as number);
  }
  return owners.size === 1 ? ([...owners][0] as number) : -1;
}

/** The signing told nearest a sentence, if the article tells one: a document signed goes to it, told before or after. */
function nearestSigning(i: number, events: readonly DraftEvent[]): number {
  let best = -1;
  events.forEach((e, k) => {
    const b = events[best];
    if (e.kind !== 'signing') return;
    if (!b || Math.abs(e.trigger.sentence - i) < Math.abs(b.trigger.sentence - i)) best = k;
  });
  return best;
}

/** Each meeting with the outcomes its sentences name, each a phrase of its sentence. */
export function attachOutcomes(
  events: readonly DraftEvent[],
  sentences: readonly Sentence[],
  peopleBySentence: readonly (readonly FoundPerson[])[],
  words: { meeting: MeetingWords; outcome: OutcomeWords },
  year: number | null = null,
): DraftEvent[] {
  if (events.length === 0) return [];
  const found = events.map((e) => [...e.outcomes]);
  sentences.forEach((s, i) => {
    const all = findOutcomes(s.text, words.outcome);
    if (all.length === 0) return;
    const folded = foldKeepLength(s.text);
    const priors = matchesNotAfter(folded, words.meeting.prior, LETTER_OR_NUMBER_BEFORE);
    const spans = all.filter((o) => !isPrior(folded, priors, o) && !isPastYear(o, year));
    const signed = words.outcome.signed.test(folded);
    const named = meetingOfPeople(i, peopleBySentence[i] ?? [], events);
    for (const o of spans) {
      // a document signed goes to the signing ceremony; one issued or adopted to the talks
      const signing = o.isDocument && signed ? nearestSigning(i, events) : -1;
      found[signing >= 0 ? signing : ownerOf(i, events, false, named)]?.push({ sentence: i, span: o.span });
    }
  });
  return events.map((e, k) => ({ ...e, outcomes: found[k] ?? [] }));
}
