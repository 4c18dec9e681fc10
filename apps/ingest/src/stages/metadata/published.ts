import type { DateRef } from '@kizuna/model';
import type { ClassifiedBlock } from '../../draft/blocks.js';
import { firstDate, isoOf } from '../../text/first-date.js';

/** The first full date of a line, with the year it states; null when it states none. */
export function statedDate(text: string): DateRef | null {
  const d = firstDate(text);
  if (!d || d.year === null) return null;
  return { iso: isoOf(d), text: d.text, year: 'stated' };
}

const PUBLISHED_LABEL = /\b(?:published|posted|publié|publiée|mis en ligne|date)\b/iu;
const UPDATED_LABEL = /\b(?:updated|update|modified|mis à jour|mise à jour|modifié)\b/iu;
// the date of the day the page was copied, printed in its header strip
const TODAY_LABEL = /\b(?:today|aujourd'hui|édition|edition|e-paper)\b/iu;

/**
 * How much a dated page line says it is the article's publication: a "Published"/"Publié le"
 * line or a dated byline first, then an "Updated" line or a bare date under the title, then a
 * bare date above the title (often the site's header), and last a header strip's "Today" date.
 */
function rank(b: ClassifiedBlock, titleAt: number): number {
  if (TODAY_LABEL.test(b.text)) return 0;
  if (b.kind === 'byline' || PUBLISHED_LABEL.test(b.text)) return 3;
  if (UPDATED_LABEL.test(b.text) || b.index > titleAt) return 2;
  return 1;
}

/** How sure the page is of its publication date: given in front matter, a labelled line, or a header's date. */
export type PublishedBasis = 'front-matter' | 'labelled' | 'header';

/** The publication date: front matter, else the dated page line that most says it is one (the first on a tie). */
export function publishedDate(frontMatterDate: string | undefined, blocks: readonly ClassifiedBlock[]): DateRef | null {
  return publishedWithBasis(frontMatterDate, blocks)?.date ?? null;
}

/** The publication date and how the page tells it ('header': only a date above the title or a "Today" strip). */
export function publishedWithBasis(
  frontMatterDate: string | undefined,
  blocks: readonly ClassifiedBlock[],
): { date: DateRef; basis: PublishedBasis } | null {
  const given = frontMatterDate ? statedDate(frontMatterDate) : null;
  if (given) return { date: given, basis: 'front-matter' };
  const titleAt = blocks.find((b) => b.kind === 'title')?.index ?? -1;
  let best: { date: DateRef; rank: number } | null = null;
  for (const b of blocks) {
    if (b.kind !== 'date-line' && b.kind !== 'publisher-line' && b.kind !== 'byline') continue;
    const date = statedDate(b.text);
    const r = date ? rank(b, titleAt) : -1;
    if (date && (!best || r > best.rank)) best = { date, rank: r };
  }
  return best ? { date: best.date, basis: best.rank >= 2 ? 'labelled' : 'header' } : null;
}
