import type { BlockKind } from '../../draft/blocks.js';
import { endsLikeSentence, isHeadlineShaped, wordCount } from '../../text/line-signals.js';
import { type PendingBlock, prose } from './pending-block.js';

const BULLET = /^[-•*·–—▪◦]\s/u;

// Tail openers: a header of other stories, comment counters, empty widgets. Ads and sharing buttons
// also sit inside articles, so they open nothing.
const TAIL_OPENERS: ReadonlySet<BlockKind> = new Set(['marker', 'comments', 'empty-widget']);

/**
 * Whether the blocks from `from` on look like page furniture rather than the article: lists of
 * other stories are headline (+ one short summary) groups, never two prose paragraphs in a row.
 */
function tailShaped(blocks: PendingBlock[], from: number, maxRun: number): boolean {
  // a summary followed by the next story's uncredited caption makes a run of two
  let run = 0;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i] as PendingBlock;
    if (b.local) {
      run = 0;
      continue;
    }
    const isP = endsLikeSentence(b.text) && wordCount(b.text) > 3;
    run = isP ? run + 1 : 0;
    if (run > maxRun || wordCount(b.text) > 80) return false;
    // two in a row only when the next story's headline follows them
    const next = blocks[i + 1];
    if (run === 2 && (!next || (!next.local && endsLikeSentence(next.text)))) return false;
  }
  return true;
}

/** The index where the page furniture after the article starts (blocks.length when there is none). */
export function tailStart(blocks: PendingBlock[], firstProse: number): number {
  for (let i = firstProse + 1; i < blocks.length; i++) {
    const b = blocks[i] as PendingBlock;
    if (b.local && TAIL_OPENERS.has(b.local.kind) && tailShaped(blocks, i + 1, 2)) return i;
  }
  // no header of other stories: a short unclaimed line after the last prose, followed only by
  // headline groups, is one (a marker the patterns do not know)
  // lists of other stories sit at the end of a page: only its last blocks are looked at (and long
  // inputs stay linear)
  const near = Math.max(firstProse + 1, blocks.length - 60);
  for (let i = near; i < blocks.length - 2; i++) {
    const b = blocks[i] as PendingBlock;
    const before = blocks[i - 1] as PendingBlock;
    if (b.local || BULLET.test(b.text) || !isHeadlineShaped(b.text, 6) || !prose(before)) continue;
    const rest = blocks.slice(i + 1).filter((x) => !x.local);
    if (rest.some((x) => BULLET.test(x.text))) continue;
    const headlines = rest.filter((x) => isHeadlineShaped(x.text)).length;
    if (headlines >= 2 && rest.every((x) => wordCount(x.text) <= 60) && tailShaped(blocks, i + 1, 1)) return i;
  }
  // no header at all: a caption or headline after three article paragraphs that starts groups of
  // (picture, headline, one-paragraph summary) running to the end of the page
  let proseSeen = blocks.slice(firstProse, near).filter(prose).length;
  for (let i = near; i < blocks.length - 2; i++) {
    const b = blocks[i] as PendingBlock;
    if (prose(b)) proseSeen += 1;
    const opens = b.local?.kind === 'caption' || (!b.local && isHeadlineShaped(b.text, 20) && !BULLET.test(b.text));
    if (!opens || proseSeen < 3) continue;
    const rest = blocks.slice(i).filter((x) => !x.local);
    // a bulleted list closing the article is the article's, not a list of other stories
    if (rest.some((x) => BULLET.test(x.text))) continue;
    const headlines = rest.filter((x) => isHeadlineShaped(x.text, 20)).length;
    const summaries = rest.filter((x) => endsLikeSentence(x.text)).length;
    if (
      headlines >= 2 &&
      summaries <= headlines &&
      rest.every((x) => wordCount(x.text) <= 60) &&
      tailShaped(blocks, i, 1)
    ) {
      return i;
    }
  }
  return blocks.length;
}
