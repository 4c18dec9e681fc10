import type { Span } from '../../text/span.js';
import type { SentenceFacts } from './event-context.js';

/** The item that starts nearest `at`. */
export const nearest = <T extends Span>(items: readonly T[], at: number): T | undefined =>
  [...items].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];

/** The sentence's date of the given precision nearest a meeting word. */
export const nearestDate = (f: SentenceFacts, precision: 'day' | 'relative', at: number) =>
  nearest(
    f.dates.filter((d) => d.precision === precision),
    at,
  );

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
