import { memo } from './memo.js';
import { englishStrict, frenchStrict } from './strict-chrono.js';

/** A calendar date found in a short piece of text. */
export interface FoundDate {
  /** The date as written. */
  text: string;
  index: number;
  year: number | null;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO form of a found date: YYYY-MM-DD, or --MM-DD when the text gives no year. */
export function isoOf(d: FoundDate): string {
  return d.year === null ? `--${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

// strict parsers: casual French reads "mer" (sea) as Wednesday; French first so 02/05/2022 is day-first
const PARSERS = [frenchStrict, englishStrict];

// the publication date is read from lines the block classifier has already parsed; chrono is slow
/** The first day-precise date in the text (French or English, numeric dates day-first), or null. */
export const firstDate: (text: string) => FoundDate | null = memo(
  parseFirstDate,
  256,
  (found) => found && { ...found },
);

function parseFirstDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const parser of PARSERS) {
    for (const r of parser.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const month = r.start.get('month');
      const day = r.start.get('day');
      if (month === null || day === null) continue;
      const year = r.start.isCertain('year') ? r.start.get('year') : null;
      // keep the date text only, without a time chrono may have attached
      const dateText = r.text.replace(/(?:\s*[-–,à·|]?\s*(?:at\s+)?\d{1,2}\s*[:h]\s*\d{2}.*)$/i, '').trim() || r.text;
      const found = { text: dateText, index: r.index, year, month, day };
      // a later parser's date that overlaps the first's ("Saturday 11/03/2023") does not make 11/03 month-first
      const earlier = best && found.index + r.text.length <= best.index;
      if (!best || earlier || (found.index === best.index && year !== null && best.year === null)) {
        best = found;
      }
      break;
    }
  }
  return best;
}
