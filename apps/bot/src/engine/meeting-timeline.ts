import type { CorpusEvent } from '@kizuna/model';
import { dateSortKey, isoRange } from './dates.js';

/** Timeline bounds, all optional: ISO dates and a country code. */
export interface TimelineFilter {
  from?: string;
  to?: string;
  country?: string;
}

/** Meetings in date order, and how many the bounds left out because their year is not known. */
export interface Timeline {
  events: CorpusEvent[];
  /** Meetings without a known year, left out because bounds were given. */
  yearUnknown: number;
}

// the collator localeCompare would create on every call, made once (same order, much cheaper)
const collator = new Intl.Collator();

/** Events in date order (undated last), then by name; keys computed once, not per comparison. */
export function chronological(events: readonly CorpusEvent[]): CorpusEvent[] {
  const keyed = events.map((e, i) => ({ e, key: dateSortKey(e.date), i }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.e.name, b.e.name) || a.i - b.i);
  return keyed.map((k) => k.e);
}

/**
 * The meetings of a list already in date order that fall within the bounds and involve the
 * country when given (filtering keeps the order: the sort was stable).
 */
export function filterTimeline(
  inDateOrder: readonly CorpusEvent[],
  filter: TimelineFilter,
  involves: (e: CorpusEvent, country: string) => boolean,
): Timeline {
  const from = filter.from ? isoRange(filter.from)?.[0] : undefined;
  const to = filter.to ? isoRange(filter.to)?.[1] : undefined;
  let yearUnknown = 0;
  const events = inDateOrder.filter((e) => {
    if (filter.country && !involves(e, filter.country)) return false;
    if (!from && !to) return true;
    const range = e.date ? isoRange(e.date.iso) : null;
    if (!range) {
      yearUnknown += 1;
      return false;
    }
    return (!from || range[1] >= from) && (!to || range[0] <= to);
  });
  return { events, yearUnknown };
}
