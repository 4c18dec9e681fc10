import * as z from 'zod';

/** Full date, month, year, or month-day with the year not known (`--MM-DD`). */
export const IsoDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'expected YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD');

/** How a date's year is known. */
export const YearBasis = z.enum(['stated', 'inferred', 'unknown']);

/**
 * A date as written in a source, with its ISO reading. The year is never invented:
 * `--MM-DD` exactly when `year` is `"unknown"`, and an inferred year always has a `basis`.
 */
export const DateRef = z
  .strictObject({
    iso: IsoDate,
    text: z.string().min(1),
    year: YearBasis,
    basis: z.string().min(1).optional(),
  })
  .superRefine((d, ctx) => {
    const yearless = d.iso.startsWith('--');
    if (yearless !== (d.year === 'unknown')) {
      ctx.addIssue({
        code: 'custom',
        path: ['iso'],
        message: yearless
          ? `iso "${d.iso}" has no year, so year must be "unknown" (got "${d.year}")`
          : `iso "${d.iso}" has a year, so year cannot be "unknown"`,
      });
    }
    if (d.year === 'inferred' && !d.basis) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'an inferred year needs a basis saying why' });
    }
    if (!isRealDate(d.iso)) ctx.addIssue({ code: 'custom', path: ['iso'], message: `"${d.iso}" is not a real date` });
  });
export type DateRef = z.infer<typeof DateRef>;

/** Whether an ISO date in one of `IsoDate`'s forms names a real month and day (29 February needs a leap year). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(iso.startsWith('--') ? `-${iso.slice(1)}` : iso);
  if (!m) return true;
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day === undefined || month === undefined) return true;
  // 2000 is a leap year, so a year-less 29 February stays valid
  const year = m[1] && m[1] !== '-' ? Number(m[1]) : 2000;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
