import type { Article, CorpusEvent } from '@kizuna/model';
import { type Label, labelWords } from './autocomplete.js';
import type { PersonView } from './people.js';

/** A short label: name, date (ISO; without a year, month-day) and place. */
export function meetingLabel(e: CorpusEvent): string {
  const when = e.date ? (e.date.year === 'unknown' ? e.date.iso.slice(2) : e.date.iso) : '';
  return [e.name, when, e.place?.name].filter(Boolean).join(' — ');
}

/** Meetings to pick from, given in date order: with nothing typed, the latest dated ones come first. */
export function meetingLabels(inDateOrder: readonly CorpusEvent[]): Label[] {
  const n = inDateOrder.length;
  return inDateOrder.map((e, i) => ({
    name: meetingLabel(e),
    // an id too long to send comes back as the name, still found by words
    value: e.id,
    fallback: e.name,
    words: labelWords(
      e.name,
      ...e.aliases,
      e.series,
      e.place?.name,
      e.date?.year === 'unknown' ? null : e.date?.iso.slice(0, 4),
      ...e.participants.map((p) => p.name),
    ),
    rank: (e.date ? (e.date.year === 'unknown' ? 1 : 2) : 0) * n + i,
  }));
}

/** People to pick from: name and first role; the most present first. */
export function personLabels(people: readonly PersonView[]): Label[] {
  return people.map((p) => ({
    name: p.roles[0] ? `${p.name} — ${p.roles[0].role}` : p.name,
    value: p.key,
    words: labelWords(...p.aliases),
    rank: p.events.length * 10 + p.mentions.length,
  }));
}

/** Articles to pick from: title and publisher; the latest first. */
export function articleLabels(articles: readonly Article[]): Label[] {
  return articles.map((a) => ({
    // an untitled article is named by publisher and date, never by its id
    name: a.title
      ? `${a.title}${a.publisher ? ` — ${a.publisher}` : ''}`
      : [a.publisher, a.published?.iso ?? a.source.ingestedAt.slice(0, 10)].filter(Boolean).join(' — '),
    value: a.id,
    words: labelWords(
      a.title,
      a.publisher,
      a.id.replaceAll('-', ' '),
      a.source.file.replace(/\.[^.]*$/, '').replace(/[_-]/g, ' '),
    ),
    rank: a.published?.iso ? Number(a.published.iso.slice(0, 4)) : 0,
  }));
}
