import type { DateRef } from '@kizuna/model';
import type { ReplyLocale } from '../core/contract.js';
import { t } from './i18n.js';

// Intl formatters are costly to create: the twelve names per locale are built once
const MONTHS: Record<ReplyLocale, string[]> = {
  fr: months('fr'),
  en: months('en'),
};

function months(locale: ReplyLocale): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}

const monthName = (month: number, locale: ReplyLocale) => MONTHS[locale][month - 1] ?? String(month);

const dayName = (day: number, locale: ReplyLocale) => (locale === 'fr' && day === 1 ? '1er' : String(day));

/**
 * A date for people: "4 décembre 2023", "décembre 2023", "2023", and without a known year
 * "4 décembre (année non précisée)". The year is shown only when the source states or implies it.
 */
export function formatDate(date: DateRef, locale: ReplyLocale): string {
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(date.iso.startsWith('--') ? `-${date.iso.slice(1)}` : date.iso);
  if (!m) return date.text;
  const [, year, month, day] = m;
  const parts: string[] = [];
  if (day) parts.push(dayName(Number(day), locale));
  if (month) parts.push(monthName(Number(month), locale));
  if (year && year !== '-') parts.push(year);
  let out = parts.join(' ');
  if (date.year === 'unknown') out += ` (${t(locale, 'yearUnknown')})`;
  else if (date.year === 'inferred') out += ` (${t(locale, 'yearInferred')})`;
  return out;
}
