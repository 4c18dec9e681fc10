import type { DateRef, Place } from '@kizuna/model';
import type { FoundPerson, TriggerHit } from '../../draft/mentions.js';
import type { DateMention } from '../../text/date-mention.js';
import { readOrdinal, readSuchOrdinal } from '../../text/ordinal.js';
import { resolveDate } from '../../text/resolve-date.js';
import type { Located, Span } from '../../text/span.js';
import type { EventContext, EventState, SentenceFacts } from './event-context.js';
import { GENERIC } from './event-labels.js';
import { clausePlace, nearestDate } from './nearest.js';

const PRONOUN = /(?:^|[\s,])(?:il|elle|he|she)\s+$|(?:^|[\s,])(?:il|elle|he|she)\s+(?:a|avait|also|has|had)\s/iu;
const GROUP =
  /(?:les|the|both)\s+(?:deux\s+|two\s+)?(?:ministres|dirigeants|leaders|ministers|pr[ée]sidents|presidents|premiers ministres|prime ministers|vice-ministres|deputy ministers|chefs de gouvernement|chefs d['’][ée]tat|heads of (?:state|government)|responsables|officials)/iu;

/** Visits to a country are the trip itself ("rendant visite au Vietnam"), not a meeting. */
const COUNTRY_NEXT = (f: SentenceFacts, main: Span) =>
  f.places.some((p) => p.level === 'country' && p.start >= main.end && p.start - main.end <= 4);

/** What one clause of a sentence says about the meeting it tells. */
export interface ClauseReading {
  main: TriggerHit;
  /** The sentence's index. */
  at: number;
  people: FoundPerson[];
  /** Keys of the people named in the clause itself (not read from "il" or "les deux ministres"). */
  namedKeys: Set<string>;
  keys: string[];
  dateMention: DateMention | undefined;
  date: DateRef | null;
  dateAt: Located | null;
  ordinal: { value: number; start: number } | null;
  /** The sentence up to the meeting word. */
  before: string;
  /** The sentence also refers back to a meeting told elsewhere. */
  refersBack: boolean;
  /** The place of the meeting word's own clause ("summit in Rio"). */
  place: Place | null;
}

/** A sentence that refers back to a meeting ("after the talks") takes its date. */
function dateReferredTo(f: SentenceFacts, main: TriggerHit, state: EventState): { date: DateRef; at: Span } | null {
  const ref = f.triggers.find((h) => h.background && h !== main);
  // "ahead of the talks" after a dialogue: a loose word refers to the meeting told last
  const told =
    ref &&
    (state.events.find((e) => e.kind === ref.kind) ??
      (GENERIC.has(ref.kind) ? [...state.events].reverse().find((e) => e.date) : undefined));
  if (!ref || !told?.date) return null;
  const date: DateRef =
    told.date.year === 'unknown'
      ? { iso: told.date.iso, text: ref.text, year: 'unknown' }
      : {
          iso: told.date.iso,
          text: ref.text,
          year: 'inferred',
          basis: `relative expression, resolved against «${told.date.text}»`,
        };
  return { date, at: ref };
}

/** The people of a clause: a pronoun is the article's main person, "les deux ministres" the last meeting's. */
function clausePeople(
  f: SentenceFacts,
  part: { main: TriggerHit; people: FoundPerson[] },
  state: EventState,
  ctx: EventContext,
) {
  const { main } = part;
  let people = part.people;
  const before = f.sentence.text.slice(0, main.start);
  if (ctx.protagonist && !people.some((p) => p.name.start < main.start) && PRONOUN.test(before)) {
    people = [ctx.protagonist, ...people];
  }
  // "avant la réunion, les deux ministres ont eu des entretiens": the people of the meeting told before
  const lastWith = state.last && state.last.mentions.length > 0 ? state.last : null;
  if (people.length === 0 && main.kind !== 'signing' && lastWith && GROUP.test(f.sentence.text)) {
    people = lastWith.mentions.filter((m, k, all) => all.findIndex((x) => x.key === m.key) === k);
  }
  return people;
}

/** Whether a day falls in the week before the article's date (or the article has no date to tell). */
function nearStory(date: DateRef, ctx: EventContext): boolean {
  const doc = ctx.dates.documentDate?.iso;
  if (!doc || !/^\d{4}-\d{2}-\d{2}$/.test(doc) || !/^\d{4}-\d{2}-\d{2}$/.test(date.iso)) return true;
  const days = (Date.parse(`${doc}T00:00:00Z`) - Date.parse(`${date.iso}T00:00:00Z`)) / 86_400_000;
  return days >= -1 && days <= 8;
}

/** The day a sentence writes out last (a date or a weekday, not "the day before"), resolved. */
export function writtenDay(f: SentenceFacts, ctx: EventContext): { date: DateRef; at: number } | null {
  // a span of days ("February 25 to 28", "du 3 au 5 mars") is a visit's, not one day
  const m = f.dates
    .filter((d) => d.precision === 'day' || (d.precision === 'relative' && d.weekday !== null))
    .filter((d) => !/\d\s*(?:to|au|-|–|until|jusqu)/u.test(d.text))
    // "in Kenya until Friday": the end of a stay, not a day told
    .filter((d) => !/(?:until|till|through|jusqu['’]?\s*(?:à|au)?)\s*$/iu.test(f.sentence.text.slice(0, d.start)))
    .at(-1);
  const date = m ? resolveDate(m, { ...ctx.dates, anchor: null }) : null;
  // "la lettre du 30 juillet" in an October story: a day recalled, not the story's
  return date && nearStory(date, ctx) ? { date, at: f.sentence.index } : null;
}

/**
 * "The fourth round was held in Washington in April 2022": a sentence dated only by a month or year
 * before the story's year tells an earlier meeting (a previous edition), not the article's.
 */
function toldOfEarlierYear(f: SentenceFacts, ctx: EventContext): boolean {
  if (f.dates.some((d) => d.precision === 'day' || d.precision === 'relative')) return false;
  const years = ctx.dates.documentDate ? [Number(ctx.dates.documentDate.iso.slice(0, 4))] : ctx.dates.statedYears;
  if (years.length === 0) return false;
  const story = Math.max(...years);
  return f.dates.some((d) => d.year !== null && d.year < story);
}

/**
 * Reads a clause: its people, date, ordinal; null when it tells nothing to record (a signing or a
 * visit without people, a visit to a country).
 */
export function readClause(
  f: SentenceFacts,
  part: { main: TriggerHit; people: FoundPerson[] },
  state: EventState,
  ctx: EventContext,
): ClauseReading | null {
  const { main } = part;
  const at = f.sentence.index;
  if (toldOfEarlierYear(f, ctx)) return null;
  // "le même jour" refers to the day the story is told on, not to a day recalled ("la veille")
  const recent = state.recentDate && at - state.recentDate.at <= 2 ? state.recentDate.date : null;
  const anchor: DateRef | null =
    recent ??
    [...state.events].reverse().find((e) => e.date && !e.date.basis?.startsWith('relative'))?.date ??
    [...state.events].reverse().find((e) => e.date)?.date ??
    state.recentDate?.date ??
    ctx.dates.storyDate ??
    null;
  const dateMention = nearestDate(f, 'day', main.start) ?? nearestDate(f, 'relative', main.start);
  let date: DateRef | null = dateMention ? resolveDate(dateMention, { ...ctx.dates, anchor }) : null;
  let dateAt: Located | null = date && dateMention ? { sentence: at, span: dateMention } : null;
  const read = readOrdinal(f.sentence.text, main.start) ?? readSuchOrdinal(f.sentence.text, main.end);
  // "the first time the 2+2 talks were held here": a first of its kind, not the meeting's number
  const ordinal = read && /^\S+\s+(?:time|fois)(?!\p{L})/iu.test(f.sentence.text.slice(read.start)) ? null : read;
  const namedKeys = new Set(part.people.map((p) => p.key));
  const people = clausePeople(f, part, state, ctx);
  const keys = [...new Set(people.map((p) => p.key))];
  if (main.kind === 'signing' && keys.length === 0) return null;
  if (main.kind === 'visit' && (keys.length === 0 || COUNTRY_NEXT(f, main))) return null;
  if (!date) {
    const referred = dateReferredTo(f, main, state);
    if (referred) {
      date = referred.date;
      dateAt = { sentence: at, span: referred.at };
    }
  }
  const before = f.sentence.text.slice(0, main.start);
  const refersBack = f.triggers.some((h) => h.background && h !== main);
  const place = clausePlace(f, main)?.place ?? null;
  return { main, at, people, namedKeys, keys, dateMention, date, dateAt, ordinal, before, refersBack, place };
}
