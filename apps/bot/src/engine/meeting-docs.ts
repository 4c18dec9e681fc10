import type { Article, CorpusEvent, EventKind, Source } from '@kizuna/model';
import { analyze, analyzeParts, type IndexedDoc, ordinalTerm, type Term } from '@kizuna/search';
import { countryWords } from './countries.js';
import type { SourcedFact } from './link-facts.js';

// The words people use for each kind of meeting, in French and English.
const KIND_WORDS: Record<EventKind, string> = {
  dialogue: 'dialogue',
  talks: 'entretiens pourparlers talks discussions',
  phone_call: 'entretien téléphonique appel téléphonique téléphone phone call telephone conversation',
  visit: 'visite visit',
  summit: 'sommet summit',
  meeting: 'rencontre réunion meeting',
  reception: 'réception reçu accueil visite de courtoisie reception courtesy call received',
  ministerial_meeting: 'réunion ministérielle ministerial meeting',
  signing: 'signature signing',
  other: '',
};

// month names in both languages, by month number (formatting dates is slow, so once)
const MONTH_NAMES = Array.from({ length: 12 }, (_, m) => {
  const date = new Date(Date.UTC(2000, m, 1));
  const month = (language: string) => date.toLocaleString(language, { month: 'long', timeZone: 'UTC' });
  return `${month('fr')} ${month('en')}`;
});

const MONTHS = (iso: string) => {
  const m = /^(?:\d{4}|-)-(\d{2})/.exec(iso);
  return m?.[1] ? (MONTH_NAMES[Number(m[1]) - 1] ?? '') : '';
};

// one terms array per edition number, shared by every meeting of that edition (counted once)
const ordinals = new Map<number, readonly Term[]>();
const ordinalTerms = (n: number): readonly Term[] => {
  let terms = ordinals.get(n);
  if (!terms) {
    terms = [[ordinalTerm(n)]];
    ordinals.set(n, terms);
  }
  return terms;
};

/**
 * What a meeting is found by, weighted: its names most, then who, where and when, then the sentences.
 * `analyzeText` may remember texts: names, places and quotes repeat across meetings.
 */
export function meetingDoc(
  event: CorpusEvent,
  quotes: Iterable<string>,
  articles: readonly Article[],
  analyzeText: (text: string) => readonly Term[] = analyze,
): IndexedDoc<string> {
  const countries = new Set<string>();
  for (const p of event.participants) if (p.country) countries.add(p.country);
  for (const p of event.places) if (p.value.country) countries.add(p.value.country);
  const fields: { weight: number; terms: readonly Term[] }[] = [];
  // a field of several texts is one field per part: the index sums parts of one weight as one
  // field, and a part shared by many meetings (a name, a country's words) is counted once
  const field = (weight: number, texts: (string | null | undefined)[]) => {
    const parts = analyzeParts(
      texts.filter((t): t is string => !!t),
      analyzeText,
    );
    for (const terms of parts) fields.push({ weight, terms });
  };
  const who: string[] = [KIND_WORDS[event.kind]];
  for (const p of event.participants) who.push(p.name);
  const what: (string | null)[] = [];
  for (const p of event.participants) what.push(p.role);
  for (const c of countries) for (const w of countryWords(c)) what.push(w);
  for (const d of event.dates) what.push(d.value.year === 'unknown' ? '' : d.value.iso.slice(0, 4));
  for (const d of event.dates) what.push(MONTHS(d.value.iso));
  field(3, [event.name, ...event.aliases, event.series]);
  if (event.ordinal) fields.push({ weight: 2, terms: ordinalTerms(event.ordinal) });
  field(2, who);
  field(
    2,
    event.places.map((p) => p.value.name),
  );
  field(1, what);
  // what was signed or decided finds the meeting ("memorandum search and rescue") as well as who met
  field(2, event.outcomes);
  // each quote and title its own field of the same weight: the index sums them as one, without
  // copying thousands of terms into one array for a meeting many articles report
  for (const text of quotes) fields.push({ weight: 0.5, terms: analyzeText(text) });
  for (const a of articles) if (a.title) fields.push({ weight: 0.5, terms: analyzeText(a.title) });
  return { id: event.id, fields };
}

/** One document per meeting, made as the index reads them (not all held at once). */
export function* meetingDocs(
  events: readonly CorpusEvent[],
  articles: ReadonlyMap<string, Article>,
  factsByEvent: ReadonlyMap<string, readonly SourcedFact[]>,
  analyzeText: (text: string) => Term[],
  quoteText: (s: Source) => string | undefined = (s) => articles.get(s.articleId)?.body.slice(s.start, s.end),
): Generator<IndexedDoc<string>> {
  for (const e of events) {
    // the sentences reporting it and the facts about it, each text once
    const quotes = new Set<string>();
    for (const s of e.evidence) {
      const text = quoteText(s);
      if (text) quotes.add(text);
    }
    for (const f of factsByEvent.get(e.id) ?? []) if (f.fact.quote) quotes.add(f.fact.quote);
    const reporting: Article[] = [];
    for (const id of e.articleIds) {
      const a = articles.get(id);
      if (a) reporting.push(a);
    }
    yield meetingDoc(e, quotes, reporting, analyzeText);
  }
}
