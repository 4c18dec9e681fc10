import type { DateRef } from '@kizuna/model';
import type { ClassifiedBlock } from '../../draft/blocks.js';
import { firstDate, isoOf } from '../../text/first-date.js';

/** The first full date of a line, with the year it states; null when it states none. */
export function statedDate(text: string): DateRef | null {
  const d = firstDate(text);
  if (!d || d.year === null) return null;
  return { iso: isoOf(d), text: d.text, year: 'stated' };
}

/** The publication date: front matter, else the first date or publisher line that states one. */
export function publishedDate(frontMatterDate: string | undefined, blocks: readonly ClassifiedBlock[]): DateRef | null {
  const given = frontMatterDate ? statedDate(frontMatterDate) : null;
  if (given) return given;
  for (const b of blocks) {
    if (b.kind !== 'date-line' && b.kind !== 'publisher-line') continue;
    const d = statedDate(b.text);
    if (d) return d;
  }
  return null;
}
