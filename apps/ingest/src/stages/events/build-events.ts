import type { DateRef } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';
import type { FoundPerson } from '../../draft/mentions.js';
import { clauses } from './clauses.js';
import { type EventContext, type EventState, languageIndex, type SentenceFacts } from './event-context.js';
import { GENERIC, LABELS, label, NAMED_KINDS, seriesOf } from './event-labels.js';
import { addPeople, attendFromNext, finishPlaces, visitFallback } from './finish-events.js';
import { isCochair } from './meeting-frames.js';
import { clausePlace, nearestPlace } from './nearest.js';
import { type ClauseReading, readClause, writtenDay } from './read-clause.js';
import { readAliases, readPhrase } from './read-name.js';
import { datesFromHolder, mergeStory } from './story.js';

const ATTENDED =
  /(?:attended|joined|took part in|participated in|were (?:also )?(?:present|at)|(?:ont|a) (?:(?:également|aussi|egalement)\s+)?(?:assisté|participé|assiste|participe)\s+(?:à|a|aux?))\s+(?:(?:the|these|those|les|la|le|l['’]|ces|ce|cette)\s*)?$/iu;

// what sets a meeting apart from the one its people were just told at
const ASIDE =
  /(?:separate|separately|distinct|on the sidelines|in the margins?|en marge|s[ée]par[ée]e?s?|s[ée]par[ée]ment|bilat[ée]ral(?:e|es|aux)?|bilateral|one-on-one|t[êe]te-[àa]-t[êe]te)(?!\p{L})/iu;

// "ce sommet", "cette rencontre", "this summit": the meeting just told, named again
const DEMONSTRATIVE = /(?:^|[\s,(])(?:ce|cet|cette|this)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A day one to three days before the meeting's: the day a meeting of several days opened. */
function openedBefore(a: DateRef, b: DateRef | null): boolean {
  if (!b || !/^\d{4}-\d{2}-\d{2}$/.test(a.iso) || !/^\d{4}-\d{2}-\d{2}$/.test(b.iso)) return false;
  const days = (Date.parse(b.iso) - Date.parse(a.iso)) / 86_400_000;
  return days >= 1 && days <= 3;
}

/** Two dates can be one meeting's: the same, or the same day and month where one year is unknown. */
function sameDay(a: DateRef | null, b: DateRef | null): boolean {
  if (!a || !b || a.iso === b.iso) return true;
  return (a.year === 'unknown' || b.year === 'unknown') && a.iso.slice(-5) === b.iso.slice(-5);
}

/** A meeting already told that the clause tells again: same kind and day, the same people or series number. */
function sameMeeting(r: ClauseReading, events: readonly DraftEvent[]): DraftEvent | undefined {
  const { main, ordinal, keys } = r;
  return events.find(
    (e) =>
      e.kind === main.kind &&
      sameDay(r.date, e.date) &&
      // "the G20 summit in Rio" after a summit in Lima: another meeting
      (!r.place || !e.place || r.place.name === e.place.name) &&
      (ordinal === null || e.ordinal === null || e.ordinal === ordinal.value) &&
      ((ordinal !== null && e.ordinal === ordinal.value) ||
        keys.length === 0 ||
        keys.every((k) => e.participants.includes(k))),
  );
}

/** Adds the clause to a meeting told before when it is one; true when it did. */
function joinTold(r: ClauseReading, referred: DraftEvent | undefined, state: EventState): boolean {
  const { main, at, people, dateMention, ordinal, namedKeys } = r;
  const same = sameMeeting(r, state.events);
  if (!same && referred) {
    referred.evidence.add(at);
    // "ce sommet de deux jours réunissait autour de X…": the meeting told again, with its people and
    // the day it opened (a meeting's date is its first day)
    if (DEMONSTRATIVE.test(r.before)) {
      addPeople(referred, people, at);
      if (r.date && openedBefore(r.date, referred.date)) {
        referred.date = r.date;
        referred.dateAt = r.dateAt;
      }
    }
    state.last = referred;
    return true;
  }
  if (same) {
    addPeople(same, people, at);
    if (r.date && (!same.date || (same.date.year === 'unknown' && r.date.year !== 'unknown'))) {
      same.date = r.date;
      same.dateAt = r.dateAt;
    }
    if (same.ordinal === null && ordinal) same.ordinal = ordinal.value;
    state.last = same;
    return true;
  }
  // "X and Y also attended the talks": the people join the meeting just told
  if (!dateMention && !ordinal && state.last && GENERIC.has(main.kind) && ATTENDED.test(r.before)) {
    addPeople(state.last, people, at);
    return true;
  }
  // a generic "talks"/"meeting" without its own date among people already met is that meeting again
  // …unless the text sets it apart ("held separate talks", "on the sidelines of the 2+2")
  if (!dateMention && namedKeys.size > 0 && GENERIC.has(main.kind) && !ASIDE.test(r.before)) {
    const known = state.events.find((e) => [...namedKeys].every((k) => e.participants.includes(k)));
    if (known) {
      addPeople(known, people, at);
      state.last = known;
      return true;
    }
  }
  return false;
}

/** Whether a clause told for the first time is a meeting of its own. */
function opensMeeting(r: ClauseReading, referred: DraftEvent | undefined): boolean {
  const { main, dateMention, ordinal, namedKeys } = r;
  if (r.keys.length === 0 && !dateMention && !ordinal) return false;
  // "during talks in Hanoi" opens the talks only when none was told and two people are named
  if (main.background && !ordinal && !dateMention?.day && (referred || namedKeys.size < 2)) return false;
  // people read from "il" or "les deux dirigeants" confirm a meeting but do not open one alone
  if (namedKeys.size === 0 && !dateMention && !ordinal && !r.refersBack) return false;
  // "le dialogue", "un sommet": a named kind is a meeting only with its ordinal or its day
  return !(NAMED_KINDS.has(main.kind) && !ordinal && !dateMention?.day && dateMention?.precision !== 'relative');
}

/** The meeting a clause opens: its written name (or a label), series, place. */
function newEvent(f: SentenceFacts, r: ClauseReading, lang: number): DraftEvent {
  const { main, ordinal, at } = r;
  const ownStart = main.nameStart ?? main.start;
  const phraseStart = ordinal && ordinal.start < ownStart ? ordinal.start : ownStart;
  const phrase = readPhrase(f.sentence.text, phraseStart, main.end);
  const named = NAMED_KINDS.has(main.kind) || ordinal !== null || main.nameStart !== undefined;
  const event: DraftEvent = {
    kind: main.kind,
    name: named ? phrase.text : (LABELS[main.kind][lang] ?? main.kind),
    aliases: readAliases(phrase.text),
    ordinal: ordinal?.value ?? null,
    series: named
      ? seriesOf(phrase.text, ordinal && ordinal.start < ownStart ? ordinal.start - phraseStart : -1)
      : null,
    date: r.date,
    dateAt: r.dateAt,
    place: null,
    placeAt: null,
    participants: [],
    mentions: [],
    trigger: { sentence: at, span: main },
    evidence: new Set([at]),
    outcomes: [],
  };
  return event;
}

/** Records one clause of a sentence: a meeting told again, joined, or a new one. */
function tellClause(f: SentenceFacts, part: ReturnType<typeof clauses>[number], state: EventState, ctx: EventContext) {
  const r = readClause(f, part, state, ctx);
  if (!r) return;
  // "après les entretiens": refers back to the meeting of that kind told last, whoever is named
  const referred =
    r.main.background && !r.ordinal ? [...state.events].reverse().find((e) => e.kind === r.main.kind) : undefined;
  if (joinTold(r, referred, state) || !opensMeeting(r, referred)) return;
  const event = newEvent(f, r, languageIndex(ctx.language));
  addPeople(event, [...state.pending, ...r.people], r.at);
  state.pending = [];
  const place = clausePlace(f, r.main) ?? nearestPlace(f, r.main.start);
  if (place) {
    event.place = place.place;
    event.placeAt = { sentence: r.at, span: place };
  }
  state.events.push(event);
  state.last = event;
}

/**
 * Builds the article's meetings from its sentences, in order: a sentence with a meeting word and a
 * named participant, a date or an ordinal opens a meeting or adds to the same one told before;
 * co-chair and delegation sentences add their people to the meeting they follow.
 */
export function buildEvents(facts: readonly SentenceFacts[], ctx: EventContext): DraftEvent[] {
  const state: EventState = { events: [], last: null, pending: [] as FoundPerson[] };
  const lang = languageIndex(ctx.language);
  for (const f of facts) {
    const parts = clauses(f);
    if (parts.length === 0 && f.people.length > 0 && isCochair(f.sentence.text, ctx.meetingWords)) {
      if (state.last) addPeople(state.last, f.people, f.sentence.index);
      else state.pending.push(...f.people);
    }
    for (const part of parts) tellClause(f, part, state, ctx);
    state.recentDate = writtenDay(f, ctx) ?? state.recentDate ?? null;
  }
  const events = mergeStory(state.events, facts);
  datesFromHolder(events);
  if (events.length === 0) {
    const visit = visitFallback(facts, ctx, lang);
    if (visit) events.push(visit);
  }
  attendFromNext(events, facts);
  finishPlaces(events, facts, ctx.defaultPlace);
  for (const e of events)
    if (!NAMED_KINDS.has(e.kind) && e.ordinal === null && e.name === (LABELS[e.kind][lang] ?? e.kind))
      e.name = label(e, lang, ctx.nameOf);
  return events;
}
