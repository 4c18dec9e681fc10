import type { DateRef, EventKind, Place } from '@kizuna/model';
import type { DateMention } from '../dates/date-mention.js';
import { type DateContext, resolveDate } from '../dates/resolve-date.js';
import type { FoundPerson } from '../people/find-people.js';
import type { PlaceMention } from '../places/find-places.js';
import type { SentenceRef, Span } from '../text/span.js';
import type { DraftEvent, Located } from './draft-event.js';
import type { TriggerHit, TriggerTools } from './find-triggers.js';
import { readAliases, readOrdinal, readPhrase, readSuchOrdinal } from './read-name.js';

/** Everything read from one sentence that events are built from. */
export interface SentenceFacts {
  sentence: SentenceRef;
  triggers: TriggerHit[];
  people: FoundPerson[];
  dates: DateMention[];
  places: PlaceMention[];
}

export interface EventContext {
  language: string;
  dates: Omit<DateContext, 'anchor'>;
  /** Where the article's meetings happen when a sentence does not say (lead or dateline). */
  defaultPlace: Place | null;
  triggers: TriggerTools;
  /** The article's main person, for a meeting told with "il"/"he". */
  protagonist: FoundPerson | null;
  /** The fullest name the article gives a person. */
  nameOf(key: string): string;
}

const NAMED_KINDS = new Set<EventKind>(['dialogue', 'ministerial_meeting', 'summit']);
const LABELS: Record<EventKind, [string, string]> = {
  dialogue: ['dialogue', 'dialogue'],
  talks: ['entretiens', 'talks'],
  phone_call: ['entretien téléphonique', 'phone call'],
  visit: ['visite', 'visit'],
  summit: ['sommet', 'summit'],
  meeting: ['rencontre', 'meeting'],
  reception: ['réception', 'reception'],
  ministerial_meeting: ['réunion ministérielle', 'ministerial meeting'],
  signing: ['signature', 'signing'],
  other: ['événement', 'event'],
};

const GENERIC = new Set<EventKind>(['talks', 'meeting']);
const PRONOUN = /(?:^|[\s,])(?:il|elle|he|she)\s+$|(?:^|[\s,])(?:il|elle|he|she)\s+(?:a|avait|also|has|had)\s/iu;
const GROUP =
  /(?:les|the|both)\s+(?:deux\s+|two\s+)?(?:ministres|dirigeants|leaders|ministers|pr[ée]sidents|presidents|premiers ministres|prime ministers|vice-ministres|deputy ministers|chefs de gouvernement|chefs d['’][ée]tat|heads of (?:state|government)|responsables|officials)/iu;

const ATTENDED =
  /(?:attended|joined|took part in|participated in|were (?:also )?(?:present|at)|(?:ont|a) (?:(?:également|aussi|egalement)\s+)?(?:assisté|participé|assiste|participe)\s+(?:à|a|aux?))\s+(?:(?:the|these|those|les|la|le|l['’]|ces|ce|cette)\s*)?$/iu;

/** Visits to a country are the trip itself ("rendant visite au Vietnam"), not a meeting. */
const COUNTRY_NEXT = (f: SentenceFacts, main: Span) =>
  f.places.some((p) => p.level === 'country' && p.start >= main.end && p.start - main.end <= 4);

/** Two dates can be one meeting's: the same, or the same day and month where one year is unknown. */
function sameDay(a: DateRef | null, b: DateRef | null): boolean {
  if (!a || !b || a.iso === b.iso) return true;
  return (a.year === 'unknown' || b.year === 'unknown') && a.iso.slice(-5) === b.iso.slice(-5);
}

const nearest = <T extends Span>(items: readonly T[], at: number): T | undefined =>
  [...items].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];

/**
 * The meetings a sentence tells, each with its people: one per kind of meeting word, the people after
 * a word (up to the next) belong to it and the people before the first word to all of them
 * ("X a rendu des visites de courtoisie à A et B, et a rencontré C").
 */
function clauses(f: SentenceFacts): { main: TriggerHit; people: FoundPerson[] }[] {
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

const triggerRank = (h: TriggerHit) => (h.background ? 100 : 0) + h.rank;

/** Picks the meeting a sentence tells: a fresh mention before one that refers back ("after the talks"). */
function mainTrigger(hits: readonly TriggerHit[]): TriggerHit | undefined {
  const live = hits.filter((h) => !h.passing);
  return [...live].sort((a, b) => triggerRank(a) - triggerRank(b) || a.start - b.start)[0];
}

/**
 * Builds the article's meetings from its sentences, in order: a sentence with a meeting word and a
 * named participant, a date or an ordinal opens a meeting or adds to the same one told before;
 * co-chair and delegation sentences add their people to the meeting they follow.
 */
export function buildEvents(facts: readonly SentenceFacts[], ctx: EventContext): DraftEvent[] {
  const events: DraftEvent[] = [];
  let last: DraftEvent | null = null;
  let pending: FoundPerson[] = [];
  const lang = ctx.language === 'fr' ? 0 : 1;

  for (const f of facts) {
    const i = f.sentence.index;
    const parts = clauses(f);
    if (parts.length === 0) {
      if (f.people.length > 0 && ctx.triggers.isCochair(f.sentence.text)) {
        if (last) addPeople(last, f.people, i);
        else pending.push(...f.people);
      }
      continue;
    }
    for (const part of parts) {
      const { main } = part;
      let people = part.people;
      // "le même jour" refers to the day the story is told on, not to a day recalled ("la veille")
      const anchor: DateRef | null =
        [...events].reverse().find((e) => e.date && !e.date.basis?.startsWith('relative'))?.date ??
        [...events].reverse().find((e) => e.date)?.date ??
        null;
      const lastWith = last && last.mentions.length > 0 ? last : null;
      const dateMention =
        nearest(
          f.dates.filter((d) => d.precision === 'day'),
          main.start,
        ) ??
        nearest(
          f.dates.filter((d) => d.precision === 'relative'),
          main.start,
        );
      let date: DateRef | null = dateMention ? resolveDate(dateMention, { ...ctx.dates, anchor }) : null;
      let dateAt: Located | null = date && dateMention ? { sentence: i, span: dateMention } : null;
      const ordinal = readOrdinal(f.sentence.text, main.start) ?? readSuchOrdinal(f.sentence.text, main.end);
      const before = f.sentence.text.slice(0, main.start);
      const namedKeys = new Set(people.map((p) => p.key));
      const refersBack = f.triggers.some((h) => h.background && h !== main);
      if (ctx.protagonist && !people.some((p) => p.name.start < main.start) && PRONOUN.test(before)) {
        people = [ctx.protagonist, ...people];
      }
      // "avant la réunion, les deux ministres ont eu des entretiens": the people of the meeting told before
      if (people.length === 0 && main.kind !== 'signing' && lastWith && GROUP.test(f.sentence.text)) {
        people = lastWith.mentions.filter((m, k, all) => all.findIndex((x) => x.key === m.key) === k);
      }
      const keys = [...new Set(people.map((p) => p.key))];
      if (main.kind === 'signing' && keys.length === 0) continue;
      if (main.kind === 'visit' && (keys.length === 0 || COUNTRY_NEXT(f, main))) continue;

      // a sentence that refers back to a meeting ("after the talks") takes its date
      if (!date) {
        const ref = f.triggers.find((h) => h.background && h !== main);
        const told = ref && events.find((e) => e.kind === ref.kind);
        if (ref && told?.date) {
          date =
            told.date.year === 'unknown'
              ? { iso: told.date.iso, text: ref.text, year: 'unknown' }
              : {
                  iso: told.date.iso,
                  text: ref.text,
                  year: 'inferred',
                  basis: `relative expression, resolved against «${told.date.text}»`,
                };
          dateAt = { sentence: i, span: ref };
        }
      }

      const same: DraftEvent | undefined = events.find(
        (e) =>
          e.kind === main.kind &&
          sameDay(date, e.date) &&
          (ordinal === null || e.ordinal === null || e.ordinal === ordinal.value) &&
          ((ordinal !== null && e.ordinal === ordinal.value) ||
            keys.length === 0 ||
            keys.every((k) => e.participants.includes(k))),
      );
      // "après les entretiens": refers back to the meeting of that kind told last, whoever is named
      const referred =
        main.background && !ordinal ? [...events].reverse().find((e) => e.kind === main.kind) : undefined;
      if (!same && referred) {
        referred.evidence.add(i);
        last = referred;
        continue;
      }
      if (same) {
        addPeople(same, people, i);
        if (date && (!same.date || (same.date.year === 'unknown' && date.year !== 'unknown'))) {
          same.date = date;
          same.dateAt = dateAt;
        }
        if (same.ordinal === null && ordinal) same.ordinal = ordinal.value;
        last = same;
        continue;
      }
      // "X and Y also attended the talks": the people join the meeting just told
      if (!dateMention && !ordinal && last && GENERIC.has(main.kind) && ATTENDED.test(before)) {
        addPeople(last, people, i);
        continue;
      }
      // a generic "talks"/"meeting" without its own date among people already met is that meeting again
      if (!dateMention && namedKeys.size > 0 && GENERIC.has(main.kind)) {
        const known = events.find((e) => [...namedKeys].every((k) => e.participants.includes(k)));
        if (known) {
          addPeople(known, people, i);
          last = known;
          continue;
        }
      }
      if (keys.length === 0 && !dateMention && !ordinal) continue;
      // "during talks in Hanoi" opens the talks only when none was told and two people are named
      if (main.background && !ordinal && !dateMention?.day && (referred || namedKeys.size < 2)) continue;
      // people read from "il" or "les deux dirigeants" confirm a meeting but do not open one alone
      if (namedKeys.size === 0 && !dateMention && !ordinal && !refersBack) continue;
      // "le dialogue", "un sommet": a named kind is a meeting only with its ordinal or its day
      if (NAMED_KINDS.has(main.kind) && !ordinal && !dateMention?.day && dateMention?.precision !== 'relative')
        continue;

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
        date,
        dateAt,
        place: null,
        placeAt: null,
        participants: [],
        mentions: [],
        trigger: { sentence: i, span: main },
        evidence: new Set([i]),
        outcomes: [],
      };
      addPeople(event, [...pending, ...people], i);
      pending = [];
      const place =
        nearest(
          f.places.filter((p) => p.level === 'city'),
          main.start,
        ) ??
        nearest(
          f.places.filter((p) => p.level === 'country'),
          main.start,
        );
      if (place) {
        event.place = place.place;
        event.placeAt = { sentence: i, span: place };
      }
      events.push(event);
      last = event;
    }
  }
  if (events.length === 0) {
    const visit = visitFallback(facts, ctx, lang);
    if (visit) events.push(visit);
  }
  // a meeting told without names ("la 13e réunion s'est tenue…") is attended by the people the next
  // sentences introduce, when those sentences tell no meeting of their own
  for (const e of events) {
    if (e.participants.length > 0) continue;
    const from = Math.max(...e.evidence) + 1;
    for (const f of facts.slice(from, from + 2)) {
      if (f.triggers.some((h) => !h.background && !h.passing)) break;
      const titled = f.people.filter((p) => p.titled);
      if (titled.length > 0) {
        addPeople(e, titled, f.sentence.index);
        break;
      }
    }
  }
  finishPlaces(events, facts, ctx.defaultPlace);
  for (const e of events)
    if (!NAMED_KINDS.has(e.kind) && e.ordinal === null && e.name === (LABELS[e.kind][lang] ?? e.kind))
      e.name = label(e, lang, ctx.nameOf);
  return events;
}

/**
 * An article that tells no meeting but an official visit ("X effectue une visite officielle au
 * Japon du 3 au 5 mars") reports the visit itself.
 */
function visitFallback(facts: readonly SentenceFacts[], ctx: EventContext, lang: number): DraftEvent | null {
  for (const f of facts) {
    const frame = ctx.triggers.frames(f.sentence.text)[0];
    const people = f.people.filter((p) => p.titled);
    if (!frame || people.length === 0) continue;
    const i = f.sentence.index;
    const dateMention = nearest(
      f.dates.filter((d) => d.precision === 'day'),
      frame.start,
    );
    const date = dateMention ? resolveDate(dateMention, { ...ctx.dates, anchor: null }) : null;
    const place =
      nearest(
        f.places.filter((p) => p.level === 'city'),
        frame.start,
      ) ??
      nearest(
        f.places.filter((p) => p.level === 'country'),
        frame.start,
      );
    const event: DraftEvent = {
      kind: 'visit',
      name: LABELS.visit[lang] ?? 'visit',
      aliases: [],
      ordinal: null,
      series: null,
      date,
      dateAt: date && dateMention ? { sentence: i, span: dateMention } : null,
      place: place?.place ?? null,
      placeAt: place ? { sentence: i, span: place } : null,
      participants: [],
      mentions: [],
      trigger: { sentence: i, span: frame },
      evidence: new Set([i]),
      outcomes: [],
    };
    addPeople(event, people, i);
    return event;
  }
  return null;
}

function addPeople(e: DraftEvent, people: readonly FoundPerson[], sentence: number) {
  for (const p of people) {
    if (!e.participants.includes(p.key)) e.participants.push(p.key);
    e.mentions.push(p);
  }
  e.evidence.add(sentence);
}

/** "4e dialogue sur la politique de défense Vietnam-Japon" → "dialogue sur la politique de défense Vietnam-Japon". */
function seriesOf(phrase: string, ordinalAt: number): string {
  if (ordinalAt < 0) return phrase;
  const rest = phrase.slice(ordinalAt).replace(/^\S+\s+/u, '');
  return rest || phrase;
}

function label(e: DraftEvent, lang: number, nameOf: (key: string) => string): string {
  const names = e.mentions.filter((m, i, all) => all.findIndex((x) => x.key === m.key) === i).map((m) => nameOf(m.key));
  const base = LABELS[e.kind][lang] ?? e.kind;
  if (names.length === 0) return base;
  const joined =
    names.length === 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} ${lang === 0 ? 'et' : 'and'} ${names[names.length - 1]}`;
  return `${base} ${e.kind === 'visit' ? (lang === 0 ? 'de' : 'by') : lang === 0 ? 'avec' : 'with'} ${joined}`;
}

/** A meeting without a place in its own sentence takes one from its other sentences, else the article's. */
function finishPlaces(events: DraftEvent[], facts: readonly SentenceFacts[], fallback: Place | null) {
  for (const e of events) {
    // a phone call has a place only when the text gives one
    if (e.kind === 'phone_call') continue;
    if (e.place?.name && e.placeAt && facts[e.placeAt.sentence]?.places.some((p) => p.level === 'city')) continue;
    for (const i of [...e.evidence].sort((a, b) => a - b)) {
      const city = facts[i]?.places.find((p) => p.level === 'city');
      if (city) {
        e.place = city.place;
        e.placeAt = { sentence: i, span: city };
        break;
      }
    }
    if (e.place) continue;
    if (fallback) e.place = fallback;
  }
}
