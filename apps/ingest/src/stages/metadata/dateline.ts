import type { DateRef } from '@kizuna/model';
import { firstDate, isoOf } from '../../text/first-date.js';

export interface DatelineMatch {
  place: string | null;
  /** The date as written, with no year when the dateline gives none. */
  dateText: string | null;
  month: number | null;
  day: number | null;
  year: number | null;
  agency: string | null;
  /** Length of the dateline prefix in the paragraph, dash and space included. */
  length: number;
}

// "Hanoï, 9 février (VNA) –", "Tokyo (VNA) –", "TOKYO —", "HANOI, Jan. 30 —"
const DATELINE =
  /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?:,\s*([^()–—\n]{3,30}?))?\s*(?:\(([\p{Lu}][\p{L}/ ]{1,20})\))?\s*(--|[–—-]|:)\s*(?=\S)/u;

/** The dateline opening a paragraph, or null when the paragraph has none. */
export function matchDateline(paragraph: string): DatelineMatch | null {
  const m = DATELINE.exec(paragraph);
  if (!m?.[1]) return null;
  const place = m[1];
  const agency = m[3]?.trim() ?? null;
  const upper = place === place.toUpperCase() && /\p{Lu}{3}/u.test(place);
  const date = m[2] ? firstDate(m[2]) : null;
  if (m[2] && !date) return null;
  if (!agency && !upper && !date) return null;
  if (!agency && !upper && m[0].trimEnd().endsWith('-')) return null;
  // "NEW DELHI, Aug 1 (ANI):" — a colon ends a dateline only after an agency
  if (m[4] === ':' && !agency) return null;
  return {
    place,
    dateText: date?.text ?? null,
    month: date?.month ?? null,
    day: date?.day ?? null,
    year: date?.year ?? null,
    agency,
    length: m[0].length,
  };
}

/**
 * The dateline's date. Its year is stated when written; otherwise inferred from the publication date
 * (the latest such day not after it, as a filed story precedes its publication), or unknown.
 */
export function datelineDate(m: DatelineMatch, published: DateRef | null): DateRef | null {
  if (m.month === null || m.day === null || !m.dateText) return null;
  if (m.year !== null) {
    return {
      iso: isoOf({ text: m.dateText, index: 0, year: m.year, month: m.month, day: m.day }),
      text: m.dateText,
      year: 'stated',
    };
  }
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published.iso) ? published.iso : null;
  if (pub) {
    const pubYear = Number(pub.slice(0, 4));
    const candidate = isoOf({ text: m.dateText, index: 0, year: pubYear, month: m.month, day: m.day });
    const year = candidate <= pub ? pubYear : pubYear - 1;
    return {
      iso: isoOf({ text: m.dateText, index: 0, year, month: m.month, day: m.day }),
      text: m.dateText,
      year: 'inferred',
      basis: `publication date ${pub}`,
    };
  }
  return {
    iso: isoOf({ text: m.dateText, index: 0, year: null, month: m.month, day: m.day }),
    text: m.dateText,
    year: 'unknown',
  };
}
