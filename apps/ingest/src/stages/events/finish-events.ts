import type { Place } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';
import type { FoundPerson } from '../../draft/mentions.js';
import { resolveDate } from '../../text/resolve-date.js';
import type { EventContext, SentenceFacts } from './event-context.js';
import { LABELS } from './event-labels.js';
import { frames } from './meeting-frames.js';
import { nearestDate, nearestPlace } from './nearest.js';

/** Adds people to a meeting, and their sentence to its evidence. */
export function addPeople(e: DraftEvent, people: readonly FoundPerson[], sentence: number) {
  for (const p of people) {
    if (!e.participants.includes(p.key)) e.participants.push(p.key);
    e.mentions.push(p);
  }
  e.evidence.add(sentence);
}

/**
 * An article that tells no meeting but an official visit ("X effectue une visite officielle au
 * Japon du 3 au 5 mars") reports the visit itself.
 */
export function visitFallback(facts: readonly SentenceFacts[], ctx: EventContext, lang: number): DraftEvent | null {
  for (const f of facts) {
    const frame = frames(f.sentence.text, ctx.meetingWords)[0];
    const people = f.people.filter((p) => p.titled);
    if (!frame || people.length === 0) continue;
    const i = f.sentence.index;
    const dateMention = nearestDate(f, 'day', frame.start);
    const date = dateMention ? resolveDate(dateMention, { ...ctx.dates, anchor: null }) : null;
    const place = nearestPlace(f, frame.start);
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

/**
 * A meeting told without names ("la 13e réunion s'est tenue…") is attended by the people the next
 * sentences introduce, when those sentences tell no meeting of their own.
 */
export function attendFromNext(events: readonly DraftEvent[], facts: readonly SentenceFacts[]) {
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
}

const isCountry = (e: DraftEvent, facts: readonly SentenceFacts[]) =>
  !!e.placeAt &&
  facts[e.placeAt.sentence]?.places.some((p) => p.start === e.placeAt?.span.start && p.level === 'country');

/** A meeting without a place in its own sentence takes one from its other sentences, else the article's. */
export function finishPlaces(events: DraftEvent[], facts: readonly SentenceFacts[], fallback: Place | null) {
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
    // "au Japon" while the article is in Tokyo: the city says more
    if (e.place && fallback && e.place.country === fallback.country && isCountry(e, facts)) e.place = fallback;
    if (e.place) continue;
    if (fallback) e.place = fallback;
  }
}
