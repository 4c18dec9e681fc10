import type { Removal } from '@kizuna/model';
import type { ClassifiedBlock } from '../../draft/blocks.js';
import type { FrontMatterSplit } from '../../draft/front-matter.js';
import { defineStage } from '../../draft/stage.js';
import { IngestError } from '../../errors.js';
import { articleParagraphs } from './article-paragraphs.js';

const KEPT = new Set(['title', 'lead', 'body', 'heading', 'caption']);

/** Whether the text holds at least `n` words (counting stops there, a body can be long). */
function hasWords(text: string, n: number): boolean {
  const word = /\p{L}+/gu;
  let count = 0;
  while (count < n && word.exec(text)) count += 1;
  return count >= n;
}

/** Everything that is not the article, each with its reason: front matter, then page blocks. */
function removedBlocks(frontMatter: FrontMatterSplit, blocks: readonly ClassifiedBlock[]): Removal[] {
  const removed: Removal[] = [];
  if (frontMatter.raw)
    removed.push({ text: frontMatter.raw, reason: 'front matter (used for metadata)', kind: 'front-matter' });
  for (const b of blocks) if (!KEPT.has(b.kind)) removed.push({ text: b.text, reason: b.reason, kind: b.kind });
  return removed;
}

export const cleanStage = defineStage({
  name: 'clean',
  does: 'removes what is not the article (teasers, menus, credits, sign-off…), recording each removal and why',
  needs: ['frontMatter', 'classified'],
  adds: ['removed', 'paragraphs', 'prose', 'signOffAgency'],
  run: ({ frontMatter, classified }) => {
    const { paragraphs, residue, signOff, agency } = articleParagraphs(classified);
    const removed = [...removedBlocks(frontMatter, classified), ...residue, ...(signOff ? [signOff] : [])];
    const prose = paragraphs
      .filter((p) => p.kind === 'lead' || p.kind === 'body')
      .map((p) => p.text)
      .join('\n\n');
    if (!hasWords(prose, 12) || !/[.!?…]/.test(prose)) {
      throw new IngestError(
        'NO_ARTICLE_TEXT',
        'no article text was found: no paragraph of prose survived the cleaning',
      );
    }
    return { removed, paragraphs, prose, signOffAgency: agency };
  },
});
