import type { Event, Fact, Sentence } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';
import type { ArticlePerson, FoundPerson } from '../../draft/mentions.js';
import { type Located, sourceOf, wholeSentence } from '../../text/span.js';
import { hostOf } from './part-of.js';

/** What the facts are read from. */
export interface FactsInput {
  id: string;
  body: string;
  sentences: readonly Sentence[];
  meetings: readonly DraftEvent[];
  persons: ReadonlyMap<string, ArticlePerson>;
  peopleBySentence: readonly FoundPerson[][];
}

/** Facts numbered in the order they are added, each quoted from the body; empty quotes are left out. */
function factList(input: FactsInput) {
  const facts: Fact[] = [];
  const add = (about: string, kind: Fact['kind'], text: string, at: Located) => {
    const source = sourceOf(input.id, input.sentences, at);
    if (source.end <= source.start) return;
    const quote = input.body.slice(source.start, source.end);
    facts.push({ id: `${input.id}-f${facts.length + 1}`, about, kind, text, quote, source });
  };
  return { facts, add };
}

/** The model's Event for a meeting. */
function eventOf(d: DraftEvent, id: string, input: FactsInput): Event {
  const participants = d.participants.flatMap((k) => {
    const p = input.persons.get(k);
    return p ? [{ name: p.name, key: p.key, role: p.role, country: p.country }] : [];
  });
  return {
    id,
    kind: d.kind,
    name: d.name,
    aliases: d.aliases,
    ordinal: d.ordinal,
    series: d.series,
    date: d.date,
    place: d.place,
    participants,
    outcomes: d.outcomes.map((o) => o.span.text),
    evidence: [...d.evidence]
      .sort((a, b) => a - b)
      .map((i) => sourceOf(input.id, input.sentences, { sentence: i, span: wholeSentence(input.sentences[i]) })),
  };
}

/**
 * The article's meetings as the model records them, and its facts: for each meeting the sentence
 * that tells it, its date, place, each participant and outcome; then every role a person is given.
 */
export function buildFacts(input: FactsInput): { events: Event[]; facts: Fact[] } {
  const { facts, add } = factList(input);
  const idOf = (n: number) => `${input.id}-e${n + 1}`;
  const events = input.meetings.map((d, n) => {
    const id = idOf(n);
    const event = eventOf(d, id, input);
    // a signing ceremony held at one of the article's meetings is part of it
    const host = hostOf(input.meetings, n);
    if (host >= 0) event.partOf = idOf(host);
    add(id, 'meeting', d.name, {
      sentence: d.trigger.sentence,
      span: wholeSentence(input.sentences[d.trigger.sentence]),
    });
    if (d.date && d.dateAt) add(id, 'date', d.date.iso, d.dateAt);
    if (d.place && d.placeAt) add(id, 'place', d.place.name, d.placeAt);
    const seen = new Set<string>();
    for (const m of d.mentions) {
      if (seen.has(m.key)) continue;
      seen.add(m.key);
      const p = input.persons.get(m.key);
      const text = p?.role ? `${p.name}, ${p.role}` : (p?.name ?? m.name.text);
      add(id, 'participant', text, { sentence: m.sentence.index, span: m.quote });
    }
    // the outcome names its phrase; the quote is the whole sentence that says it
    for (const o of d.outcomes) {
      add(id, 'outcome', o.span.text, { sentence: o.sentence, span: wholeSentence(input.sentences[o.sentence]) });
    }
    return event;
  });
  for (const p of input.peopleBySentence.flat()) {
    if (!p.role) continue;
    const text = `${input.persons.get(p.key)?.name ?? p.name.text}: ${p.role.text}`;
    add(p.key, 'role', text, { sentence: p.sentence.index, span: p.quote });
  }
  return { events, facts };
}
