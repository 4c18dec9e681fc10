import type { Dateline, DateRef, Event, Fact, PersonMention, Place, Sentence, Source } from '@kizuna/model';
import type { DateMention } from './dates/date-mention.js';
import { findDates } from './dates/find-dates.js';
import { resolveDate } from './dates/resolve-date.js';
import { attachOutcomes, shortText } from './events/attach-outcomes.js';
import { buildEvents, type SentenceFacts } from './events/build-events.js';
import type { DraftEvent, Located } from './events/draft-event.js';
import { buildTriggerTools, type TriggerTools } from './events/find-triggers.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { findTitledAnaphora } from './people/find-anaphora.js';
import { type FoundPerson, findKnownPeople, findTitledPeople, type PeopleTools } from './people/find-people.js';
import { type ArticlePerson, resolvePeople } from './people/resolve-people.js';
import { buildTitleIndex } from './people/title-index.js';
import { datelinePlace, findPlaces, type PlaceMention } from './places/find-places.js';
import { buildGazetteerIndex } from './places/gazetteer-index.js';
import type { SentenceRef, Span } from './text/span.js';

/** What extraction reads: the cleaned article, after sentence splitting. */
export interface ExtractInput {
  id: string;
  title: string | null;
  language: string;
  body: string;
  sentences: readonly Sentence[];
  published: DateRef | null;
  dateline: Dateline | null;
}

/** What extraction adds to the article. */
export interface ExtractOutput {
  people: PersonMention[];
  events: Event[];
  facts: Fact[];
  warnings: string[];
}

let tools: (PeopleTools & { triggers: TriggerTools }) | undefined;
function getTools() {
  if (!tools) {
    const lexicon = loadLexicon();
    tools = {
      lexicon,
      titles: buildTitleIndex(lexicon.titles),
      places: buildGazetteerIndex(lexicon.gazetteer),
      triggers: buildTriggerTools(lexicon.kinds),
    };
  }
  return tools;
}

const HEAD =
  /^(?:President|Président|Présidente|Prime Minister|Premier ministre|Première ministre|King|Roi|Queen|Reine|Emperor|Empereur|Chancellor|Chancelier|Chancelière|Sultan|Emir|Émir)$/iu;

const isFull = (d: DateRef | null | undefined): d is DateRef => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d.iso);

/**
 * Finds the article's people (with roles and countries), its meetings (kind, date, place,
 * participants, outcomes) and facts, every one quoted from the body with offsets.
 */
export function extract(input: ExtractInput): ExtractOutput {
  const t = getTools();
  const warnings: string[] = [];
  const sentences: SentenceRef[] = input.sentences.map((s, index) => ({ ...s, index }));
  const documentDate = isFull(input.dateline?.date)
    ? (input.dateline?.date ?? null)
    : isFull(input.published)
      ? input.published
      : null;
  const reference = documentDate ? new Date(`${documentDate.iso}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));

  const dates: DateMention[][] = sentences.map((s) => findDates(s.text, input.language, reference));
  const statedYears = dates.flat().flatMap((d) => (d.year !== null && d.precision !== 'year' ? [d.year] : []));

  // people: titled mentions first, then later mentions of the same people by name or surname
  const triggers = sentences.map((s) => t.triggers.find(s.text));
  const titled = sentences.map((s, i) =>
    findTitledPeople(
      s,
      input.language,
      t,
      (triggers[i] ?? []).some((h) => !h.passing),
    ),
  );
  const known = new Map<string, { name: string; tokens: string[] }>();
  for (const p of titled.flat()) known.set(p.key, { name: p.name.text, tokens: p.key.split('-') });
  const named = sentences.map((s, i) => [...(titled[i] ?? []), ...findKnownPeople(s, known, titled[i] ?? [], t)]);
  const partner = partnerCountry(input.body, t);
  const places = sentences.map((s) => findPlaces(s.text, t.places));
  const defaultPlace = articlePlace(places, input.dateline, t);
  // a head of state or government named without a nationality is the host's, not the visitor's
  const fallback = (p: ArticlePerson) =>
    p.role && HEAD.test(p.role) && defaultPlace?.country ? defaultPlace.country : partner;
  const first = resolvePeople(named.flat(), fallback);
  const found = sentences.map((s, i) => [
    ...(named[i] ?? []),
    ...findTitledAnaphora(s, t, [...first.values()], named[i] ?? []),
  ]);
  const people = resolvePeople(found.flat(), fallback);
  const main = [...people.values()].sort((a, b) => b.mentions - a.mentions)[0];
  const protagonist =
    main && main.mentions >= 2 ? (found.flat().find((p) => p.key === main.key && p.titled) ?? null) : null;

  const facts: SentenceFacts[] = sentences.map((s, i) => ({
    sentence: s,
    triggers: triggers[i] ?? [],
    people: (found[i] ?? []).sort((a, b) => a.name.start - b.name.start),
    dates: dates[i] ?? [],
    places: places[i] ?? [],
  }));
  const drafts = buildEvents(facts, {
    language: input.language,
    dates: { documentDate, statedYears, storyDate: storyDate(dates.slice(0, 3), documentDate, statedYears) },
    defaultPlace,
    triggers: t.triggers,
    protagonist,
    nameOf: (key) => people.get(key)?.name ?? key,
  });
  addProtagonist(drafts, people);
  attachOutcomes(drafts, facts, t.triggers);

  const source = (l: Located): Source => {
    const s = sentences[l.sentence];
    if (!s) throw new Error(`sentence ${l.sentence} out of range`);
    return { articleId: input.id, sentenceId: s.id, start: s.start + l.span.start, end: s.start + l.span.end };
  };
  const quoteOf = (src: Source) => input.body.slice(src.start, src.end);

  const mentions: PersonMention[] = found.flat().map((p) => {
    const person = people.get(p.key);
    const src = source({ sentence: p.sentence.index, span: p.quote });
    return {
      name: person?.name ?? p.name.text,
      key: p.key,
      role: p.role?.text ?? null,
      country: p.country ?? person?.country ?? null,
      quote: quoteOf(src),
      source: src,
    };
  });

  const events: Event[] = [];
  const out: Fact[] = [];
  const fact = (about: string, kind: Fact['kind'], text: string, at: Located) => {
    const src = source(at);
    if (src.end <= src.start) return;
    out.push({ id: `${input.id}-f${out.length + 1}`, about, kind, text, quote: quoteOf(src), source: src });
  };
  drafts.forEach((d, n) => {
    const id = `${input.id}-e${n + 1}`;
    const participants = d.participants.flatMap((k) => {
      const p = people.get(k);
      return p ? [{ name: p.name, key: p.key, role: p.role, country: p.country }] : [];
    });
    events.push({
      id,
      kind: d.kind,
      name: d.name,
      aliases: d.aliases,
      ordinal: d.ordinal,
      series: d.series,
      date: d.date,
      place: d.place,
      participants,
      outcomes: d.outcomes.map((o) => shortText(o.span.text)),
      evidence: [...d.evidence].sort((a, b) => a - b).map((i) => source({ sentence: i, span: whole(sentences[i]) })),
    });
    fact(id, 'meeting', d.name, { sentence: d.trigger.sentence, span: whole(sentences[d.trigger.sentence]) });
    if (d.date && d.dateAt) fact(id, 'date', d.date.iso, d.dateAt);
    if (d.place && d.placeAt) fact(id, 'place', d.place.name, d.placeAt);
    const seen = new Set<string>();
    for (const m of d.mentions) {
      if (seen.has(m.key)) continue;
      seen.add(m.key);
      const p = people.get(m.key);
      fact(id, 'participant', p?.role ? `${p.name}, ${p.role}` : (p?.name ?? m.name.text), {
        sentence: m.sentence.index,
        span: m.quote,
      });
    }
    for (const o of d.outcomes) fact(id, 'outcome', shortText(o.span.text, 120), o);
  });
  for (const p of found.flat()) {
    if (p.role)
      fact(p.key, 'role', `${people.get(p.key)?.name ?? p.name.text}: ${p.role.text}`, {
        sentence: p.sentence.index,
        span: p.quote,
      });
  }
  if (sentences.length > 0 && events.length === 0) warnings.push('no meeting found in the article');
  return { people: mentions, events, facts: out, warnings };
}

const whole = (s: SentenceRef | undefined): Span => ({ start: 0, end: s?.text.length ?? 0, text: s?.text ?? '' });

/**
 * Agencies publish a day or two after the story: "aujourd'hui" is the day the lead gives, when the
 * lead dates the story within two days before the publication date.
 */
function storyDate(
  lead: readonly DateMention[][],
  documentDate: DateRef | null,
  statedYears: number[],
): DateRef | null {
  if (!documentDate) return null;
  const doc = Date.parse(`${documentDate.iso}T00:00:00Z`);
  for (const m of lead.flat().filter((d) => d.precision === 'day')) {
    const d = resolveDate(m, { documentDate, statedYears, anchor: null });
    if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d.iso)) continue;
    const days = (doc - Date.parse(`${d.iso}T00:00:00Z`)) / 86_400_000;
    return days >= 0 && days <= 2 ? d : null;
  }
  return null;
}

/** The country other than Vietnam the article names most: who an unplaced foreign name most likely serves. */
function partnerCountry(body: string, t: PeopleTools): string | null {
  const counts = new Map<string, number>();
  for (const h of t.places.find(body)) {
    if (h.type === 'city' || h.country === 'VN') continue;
    counts.set(h.country, (counts.get(h.country) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Where the article's meetings happen when their sentences do not say: the lead's city, else the
 * dateline's, else the city the article says things happen in most often.
 */
function articlePlace(places: readonly PlaceMention[][], dateline: Dateline | null, t: PeopleTools): Place | null {
  for (const f of places.slice(0, 3)) {
    const city = f.find((p) => p.level === 'city');
    if (city) return city.place;
  }
  const fromDateline = datelinePlace(dateline?.place ?? null, t.places);
  if (fromDateline) return fromDateline;
  const counts = new Map<string, { place: Place; n: number }>();
  for (const p of places.flatMap((f) => f.filter((x) => x.level === 'city'))) {
    const k = p.place.name.toLowerCase();
    counts.set(k, { place: p.place, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.place ?? null;
}

/** A meeting told with one name ("il a reçu X") was with the article's main person. */
function addProtagonist(drafts: DraftEvent[], people: Map<string, ArticlePerson>) {
  const main = [...people.values()].sort((a, b) => b.mentions - a.mentions)[0];
  if (!main || main.mentions < 2) return;
  for (const d of drafts) {
    if (!['meeting', 'reception', 'talks', 'phone_call'].includes(d.kind)) continue;
    if (d.participants.length === 1 && d.participants[0] !== main.key) d.participants.push(main.key);
  }
}

export type { FoundPerson };
