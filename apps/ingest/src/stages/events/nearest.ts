import type { DateMention } from '../../text/date-mention.js';
import type { Span } from '../../text/span.js';
import type { SentenceFacts } from './event-context.js';

/** The item that starts nearest `at`. */
export const nearest = <T extends Span>(items: readonly T[], at: number): T | undefined =>
  [...items].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];

/** "soon after", "in the evening": the same day as another date, weaker than a weekday or "a day earlier". */
const sameDayOnly = (d: DateMention) => d.weekday === null && d.relative?.kind === 'offset' && d.relative.days === 0;

/** The sentence's date of the given precision nearest a meeting word (a written day before a same-day phrase). */
export const nearestDate = (f: SentenceFacts, precision: 'day' | 'relative', at: number) => {
  const all = f.dates.filter((d) => d.precision === precision);
  return (
    nearest(
      all.filter((d) => !sameDayOnly(d)),
      at,
    ) ?? nearest(all, at)
  );
};

/** The sentence's city nearest a meeting word, else its country nearest it. */
export const nearestPlace = (f: SentenceFacts, at: number) =>
  nearest(
    f.places.filter((p) => p.level === 'city'),
    at,
  ) ??
  nearest(
    f.places.filter((p) => p.level === 'country'),
    at,
  );

/**
 * The city or country of a meeting word's own clause: "talks in Hanoi", not "…, the conflict in Gaza"
 * (no clause break between them, and near).
 */
export const clausePlace = (f: SentenceFacts, h: Span) => {
  const own = f.places.filter((p) => sameClause(f.sentence.text, h, p));
  const city = (ps: typeof own) =>
    nearest(
      ps.filter((p) => p.level === 'city'),
      h.start,
    );
  // a city of the sentence says more than the country of the clause ("au sommet … au Japon", "à Tokyo")
  return city(own) ?? city(f.places) ?? nearestPlace({ ...f, places: own }, h.start);
};

function sameClause(text: string, h: Span, p: Span): boolean {
  const between = p.start >= h.end ? text.slice(h.end, p.start) : text.slice(p.end, h.start);
  return between.length <= 100 && !/[,;:]/.test(between);
}
