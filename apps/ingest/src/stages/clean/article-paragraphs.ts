import type { Removal } from '@kizuna/model';
import { ARTICLE_KINDS, type ClassifiedBlock, type Paragraph } from '../../draft/blocks.js';
import { END_MARK, SIGN_OFF } from '../../text/page-patterns.js';
import { splitCaption } from './split-caption.js';

/** The article's paragraphs (a heading split over two lines joined into one) and the agency sign-off, if any. */
export function articleParagraphs(blocks: readonly ClassifiedBlock[]): {
  paragraphs: Paragraph[];
  residue: Removal[];
  signOff: Removal | null;
  agency: string | null;
} {
  const paragraphs: Paragraph[] = [];
  const residue: Removal[] = [];
  let previous: ClassifiedBlock | null = null;
  for (const b of blocks) {
    if (!ARTICLE_KINDS.has(b.kind)) continue;
    if (b.kind === 'caption') {
      const parts = splitCaption(b.text);
      for (const r of parts.residue) residue.push({ ...r, kind: 'caption' });
      if (parts.caption) paragraphs.push({ text: parts.caption, kind: 'caption' });
      previous = b;
      continue;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (last && b.kind === 'heading' && b.reason === 'heading (continued)' && previous?.kind === 'heading') {
      last.text = `${last.text} ${b.text}`;
    } else paragraphs.push({ text: b.text, kind: b.kind as Paragraph['kind'] });
    previous = b;
  }
  let signOff: Removal | null = null;
  let agency: string | null = null;
  const lastProse = [...paragraphs].reverse().find((p) => p.kind === 'body' || p.kind === 'lead');
  const end = lastProse ? END_MARK.exec(lastProse.text) : null;
  if (lastProse && end && end.index > 0) {
    residue.push({ text: end[0].trim(), reason: 'end mark of a wire story', kind: 'publisher-line' });
    lastProse.text = lastProse.text.slice(0, end.index).trimEnd();
  }
  const m = lastProse ? SIGN_OFF.exec(lastProse.text) : null;
  if (lastProse && m) {
    agency = m[1] ?? m[2] ?? null;
    signOff = {
      text: m[0].trim(),
      reason: 'agency sign-off at the end of the article (used for the publisher)',
      kind: 'publisher-line',
    };
    lastProse.text = lastProse.text.slice(0, m.index).trimEnd();
  }
  return { paragraphs, residue, signOff, agency };
}
