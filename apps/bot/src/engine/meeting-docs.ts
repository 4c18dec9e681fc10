import type { Article, CorpusEvent, EventKind } from '@kizuna/model';
import { analyze, type Term } from './analysis/analyze.js';
import { ordinalTerm } from './analysis/ordinals.js';
import { countryWords } from './countries.js';
import type { IndexedDoc } from './index/bm25-index.js';

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
  const month = (locale: string) => date.toLocaleString(locale, { month: 'long', timeZone: 'UTC' });
  return `${month('fr')} ${month('en')}`;
});

const MONTHS = (iso: string) => {
  const m = /^(?:\d{4}|-)-(\d{2})/.exec(iso);
  return m?.[1] ? (MONTH_NAMES[Number(m[1]) - 1] ?? '') : '';
};

/** What a meeting is found by, weighted: its names most, then who, where and when, then the sentences. */
export function meetingDoc(
  event: CorpusEvent,
  quotes: readonly string[],
  articles: readonly Article[],
  analyzeText: (text: string) => readonly Term[] = analyze,
): IndexedDoc<string> {
  const countries = new Set<string>();
  for (const p of event.participants) if (p.country) countries.add(p.country);
  for (const p of event.places) if (p.value.country) countries.add(p.value.country);
  const years = event.dates.map((d) => (d.value.year === 'unknown' ? '' : d.value.iso.slice(0, 4)));
  const field = (weight: number, ...texts: (string | null | undefined)[]) => ({
    weight,
    terms: analyze(texts.filter(Boolean).join(' \n ')),
  });
  return {
    id: event.id,
    fields: [
      field(3, event.name, ...event.aliases, event.series),
      { weight: 2, terms: event.ordinal ? [[ordinalTerm(event.ordinal)]] : [] },
      field(2, KIND_WORDS[event.kind], ...event.participants.map((p) => p.name)),
      field(2, ...event.places.map((p) => p.value.name)),
      field(
        1,
        ...event.participants.map((p) => p.role),
        ...[...countries].flatMap(countryWords),
        ...years,
        ...event.dates.map((d) => MONTHS(d.value.iso)),
        ...event.outcomes,
      ),
      // each quote alone: the same sentences are analysed once for the sentence index already
      { weight: 0.5, terms: [...quotes, ...articles.map((a) => a.title)].flatMap((t) => (t ? analyzeText(t) : [])) },
    ],
  };
}
