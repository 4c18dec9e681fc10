import { type DateRef, isRealDate } from '@kizuna/model';

/** Sort key: dates with a year first in order, then year-unknown ones by month and day, undated last. */
export function dateSortKey(date: DateRef | null): string {
  if (!date) return '2';
  if (date.year === 'unknown') return `1${date.iso}`;
  return `0${date.iso}`;
}

/** The first and last day an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) covers, or null without a year. */
export function isoRange(iso: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m?.[1]) return null;
  const [, y, mo, d] = m;
  if (d && mo) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * Reads a typed bound ("2023", "2023-11", "2023-11-27", "11/2023", "27/11/2023") as ISO, or null
 * when it has another shape or names no real month or day ("2024-13", "99/99/2023", "2023-02-30").
 */
export function parseDateBound(typed: string): string | null {
  const iso = isoOfBound(typed.trim());
  return iso && isRealDate(iso) ? iso : null;
}

function isoOfBound(t: string): string | null {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) return t;
  const dmy = /^(?:(\d{1,2})[/.])?(\d{1,2})[/.](\d{4})$/.exec(t);
  if (!dmy?.[2] || !dmy[3]) return null;
  const month = dmy[2].padStart(2, '0');
  return dmy[1] ? `${dmy[3]}-${month}-${dmy[1].padStart(2, '0')}` : `${dmy[3]}-${month}`;
}
