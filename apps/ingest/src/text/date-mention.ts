import type { Span } from './span.js';

/** A date as written in a sentence, before its year is resolved. */
export interface DateMention extends Span {
  /** Calendar parts the text states; a relative mention has none. */
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  /** A date relative to another: the same day, one day before or after, or a weekday near the reference date. */
  relative: { kind: 'offset'; days: number } | { kind: 'today' } | null;
  /** Day-level, month-level or year-only. */
  precision: 'day' | 'month' | 'year' | 'relative';
}
