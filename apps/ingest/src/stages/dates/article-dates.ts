import type { DateRef } from '@kizuna/model';
import type { DateMention } from '../../text/date-mention.js';
import { type ArticleDates, resolveDate } from '../../text/resolve-date.js';

const isFull = (d: DateRef | null | undefined): d is DateRef => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d.iso);

/** The article's own full date: the dateline's, else the publication date. */
export function documentDate(dateline: { date: DateRef | null } | null, published: DateRef | null): DateRef | null {
  return isFull(dateline?.date) ? (dateline?.date ?? null) : isFull(published) ? published : null;
}

/**
 * Agencies publish a day or two after the story: "aujourd'hui" is the day the lead gives, when the
 * lead dates the story within two days before the publication date.
 */
function storyDate(lead: readonly DateMention[][], document: DateRef | null, statedYears: number[]): DateRef | null {
  if (!document) return null;
  const doc = Date.parse(`${document.iso}T00:00:00Z`);
  for (const m of lead.flat().filter((d) => d.precision === 'day')) {
    const d = resolveDate(m, { documentDate: document, statedYears, anchor: null });
    if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d.iso)) continue;
    const days = (doc - Date.parse(`${d.iso}T00:00:00Z`)) / 86_400_000;
    return days >= 0 && days <= 2 ? d : null;
  }
  return null;
}

/** What the article's date mentions resolve against: its date, the years it states, the day its story tells. */
export function articleDates(document: DateRef | null, dates: readonly DateMention[][]): ArticleDates {
  const statedYears = dates.flat().flatMap((d) => (d.year !== null && d.precision !== 'year' ? [d.year] : []));
  return { documentDate: document, statedYears, storyDate: storyDate(dates.slice(0, 3), document, statedYears) };
}
