import type { DateRef } from '@kizuna/model';
import type { DateMention } from './date-mention.js';

/** What a date's year can be resolved against. */
export interface DateContext {
  /** The article's own date (dateline, else publication), when it has a year. */
  documentDate: DateRef | null;
  /** Years the article states in day- or month-precision dates ("novembre 2023"). */
  statedYears: readonly number[];
  /** The date of the event told just before, for "le même jour", "la veille". */
  anchor: DateRef | null;
  /** The day the story tells of, when its lead dates it a day or two before publication: "aujourd'hui". */
  storyDate?: DateRef | null;
}

const DAY = 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const fullIso = (iso: string | undefined) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null);

function parts(iso: string): { y: number | null; m: number; d: number } | null {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (full) return { y: Number(full[1]), m: Number(full[2]), d: Number(full[3]) };
  const md = /^--(\d{2})-(\d{2})$/.exec(iso);
  return md ? { y: null, m: Number(md[1]), d: Number(md[2]) } : null;
}

function shift(iso: string, days: number): string | null {
  const p = parts(iso);
  if (!p) return null;
  // 2000 is a leap year, so shifting a year-less 29 February stays possible
  const t = utc(p.y ?? 2000, p.m, p.d);
  t.setUTCDate(t.getUTCDate() + days);
  const m = pad(t.getUTCMonth() + 1);
  const d = pad(t.getUTCDate());
  return p.y === null ? `--${m}-${d}` : `${t.getUTCFullYear()}-${m}-${d}`;
}

/**
 * Gives a date mention its ISO reading. The year is the written one; else the document's year
 * (or the one before, when the day falls after the document's date: HeidelTime's past-tense rule); else the only year near the
 * article's own years whose calendar fits the written weekday; else unknown (`--MM-DD`).
 */
export function resolveDate(m: DateMention, ctx: DateContext): DateRef | null {
  const text = m.text.trim();
  if (m.relative) {
    const base = m.relative.kind === 'today' ? (ctx.storyDate ?? ctx.documentDate) : (ctx.anchor ?? null);
    if (!base || !parts(base.iso)) return null;
    const days = m.relative.kind === 'offset' ? m.relative.days : 0;
    const iso = shift(base.iso, days);
    if (!iso) return null;
    if (iso.startsWith('--')) return { iso, text, year: 'unknown' };
    return { iso, text, year: 'inferred', basis: `relative expression, resolved against «${base.text}»` };
  }
  if (m.precision === 'relative' && m.weekday !== null) {
    const doc = fullIso(ctx.documentDate?.iso);
    if (!doc || !ctx.documentDate) return null;
    const p = parts(doc);
    if (!p || p.y === null) return null;
    const t = utc(p.y, p.m, p.d);
    const back = (t.getUTCDay() - m.weekday + 7) % 7;
    const iso = shift(doc, -back);
    if (!iso) return null;
    return {
      iso,
      text,
      year: 'inferred',
      basis: `weekday: the ${text} on or before the article's date «${ctx.documentDate.text}»`,
    };
  }
  if (m.year !== null) {
    if (m.precision === 'year' || m.month === null) return { iso: String(m.year), text, year: 'stated' };
    if (m.precision === 'month' || m.day === null) return { iso: `${m.year}-${pad(m.month)}`, text, year: 'stated' };
    return { iso: ymd(m.year, m.month, m.day), text, year: 'stated' };
  }
  if (m.month === null || m.day === null) return null;
  const { month, day } = m;
  const doc = fullIso(ctx.documentDate?.iso);
  const docParts = doc ? parts(doc) : null;
  if (docParts && docParts.y !== null && ctx.documentDate) {
    const docTime = utc(docParts.y, docParts.m, docParts.d).getTime();
    // news tells what happened: the latest reading not after the article's date (a week's grace)
    const candidates = [docParts.y + 1, docParts.y, docParts.y - 1].filter(
      (y) => utc(y, month, day).getUTCDate() === day && utc(y, month, day).getTime() <= docTime + 7 * DAY,
    );
    const y = candidates[0];
    if (y !== undefined) {
      return {
        iso: ymd(y, month, day),
        text,
        year: 'inferred',
        basis: `the article's date «${ctx.documentDate.text}»`,
      };
    }
  }
  if (m.weekday !== null && ctx.statedYears.length > 0) {
    const latest = Math.max(...ctx.statedYears);
    const fits = [latest, latest + 1].filter(
      (y) => utc(y, month, day).getUTCDate() === day && utc(y, month, day).getUTCDay() === m.weekday,
    );
    if (fits.length === 1 && fits[0] !== undefined) {
      return {
        iso: ymd(fits[0], month, day),
        text,
        year: 'inferred',
        basis: `weekday: ${text} falls in ${fits[0]}, the only fit with the article's latest stated year ${latest}`,
      };
    }
  }
  return { iso: `--${pad(month)}-${pad(day)}`, text, year: 'unknown' };
}

/** The article's own dates, that its date mentions are resolved against (the dates stage). */
export type ArticleDates = Omit<DateContext, 'anchor'>;
