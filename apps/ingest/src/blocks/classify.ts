import type { BlockKind, ClassifiedBlock } from './block-kind.js';
import { type LocalKind, localKind } from './local-kind.js';
import { CREDIT_LINE, END_MARK, POSITION_NOTE, SIGN_OFF } from './patterns.js';
import type { Block } from './segment.js';
import { endsLikeSentence, isHeadlineShaped, isProse, nameShaped, startsLowerCase, wordCount } from './signals.js';

export { nameShaped } from './signals.js';

type Draft = Block & { local: LocalKind | null; kind?: BlockKind; reason?: string };

const set = (b: Draft, kind: BlockKind, reason: string) => {
  b.kind = kind;
  b.reason = reason;
};

/** Whether a block nobody has claimed reads as article prose (ends like a sentence, long enough). */
const prose = (b: Draft) => !b.local && isProse(b.text);

const BULLET = /^[-•*·–—▪◦]\s/u;

// Tail openers: a header of other stories, comment counters, empty widgets. Ads and sharing buttons
// also sit inside articles, so they open nothing.
const TAIL_OPENERS: ReadonlySet<BlockKind> = new Set(['marker', 'comments', 'empty-widget']);

/**
 * Whether the blocks from `from` on look like page furniture rather than the article: lists of
 * other stories are headline (+ one short summary) groups, never two prose paragraphs in a row.
 */
function tailShaped(blocks: Draft[], from: number, maxRun: number): boolean {
  // a summary followed by the next story's uncredited caption makes a run of two
  let run = 0;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i] as Draft;
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
function tailStart(blocks: Draft[], firstProse: number): number {
  for (let i = firstProse + 1; i < blocks.length; i++) {
    const b = blocks[i] as Draft;
    if (b.local && TAIL_OPENERS.has(b.local.kind) && tailShaped(blocks, i + 1, 2)) return i;
  }
  // no header of other stories: a short unclaimed line after the last prose, followed only by
  // headline groups, is one (a marker the patterns do not know)
  // lists of other stories sit at the end of a page: only its last blocks are looked at (and long
  // inputs stay linear)
  const near = Math.max(firstProse + 1, blocks.length - 60);
  for (let i = near; i < blocks.length - 2; i++) {
    const b = blocks[i] as Draft;
    const before = blocks[i - 1] as Draft;
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
    const b = blocks[i] as Draft;
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

/** Whether a block just before a credit line is that picture's caption. */
function captionBeforeCredit(b: Draft): boolean {
  if (b.local) return false;
  const sentences = b.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  return POSITION_NOTE.test(b.text) || (sentences === 1 && wordCount(b.text) <= 45);
}

/** The title among the lines above the article: the first of four words or more that is not a name. */
function pickTitle(candidates: readonly Draft[]): Draft | undefined {
  const long = candidates.filter((b) => wordCount(b.text) >= 4 && wordCount(b.text) <= 30 && !/[.:;,]$/.test(b.text));
  const plain = long.find((b) => !nameShaped(b.text));
  if (plain) return plain;
  if (long.length) return long.reduce((a, b) => (wordCount(b.text) > wordCount(a.text) ? b : a));
  const first = candidates[0];
  return first && first.index === 0 && wordCount(first.text) >= 2 && !nameShaped(first.text) ? first : undefined;
}

/** Classifies every block: the article text (title, lead, body, headings) and everything else with a reason. */
export function classify(input: readonly Block[]): ClassifiedBlock[] {
  const blocks: Draft[] = input.map((b) => ({ ...b, local: localKind(b.text) }));

  // a credit line makes the one-sentence block before it a caption
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    if (b.local?.kind === 'caption' && CREDIT_LINE.test(b.text) && prev && captionBeforeCredit(prev)) {
      prev.local = { kind: 'caption', reason: 'photo caption (credit on the next line)' };
    }
  });
  for (const b of blocks) if (b.local) set(b, b.local.kind, b.local.reason);

  // the same block twice (a caption or a teaser repeated by the page)
  const seen = new Set<string>();
  for (const b of blocks) {
    if (seen.has(b.text) && (!b.kind || b.kind === 'caption') && wordCount(b.text) >= 4)
      set(b, 'repeated', 'repeated block');
    seen.add(b.text);
  }

  const firstProse = blocks.findIndex((b) => !b.kind && prose(b));
  if (firstProse < 0)
    return blocks.map((b) => ({ ...b, kind: b.kind ?? 'teaser', reason: b.reason ?? 'no article text' }));

  // after the article: other stories, counters, menus. An agency sign-off or end mark ("… – VNA",
  // "…./.") closes the article, so whatever follows it is page furniture too.
  const signedOff = blocks.findIndex(
    (b, i) => i >= firstProse && !b.kind && (SIGN_OFF.test(b.text) || END_MARK.test(b.text)),
  );
  const tail = Math.min(tailStart(blocks, firstProse), signedOff >= 0 ? signedOff + 1 : blocks.length);
  for (let i = tail; i < blocks.length; i++) {
    const b = blocks[i] as Draft;
    if (b.kind === 'date-line') set(b, 'teaser', 'date of another story listed after the article');
    if (b.kind && b.kind !== 'caption' && b.kind !== 'repeated') continue;
    const after = blocks[i - 1];
    if (!b.kind && after?.kind === 'source-line' && nameShaped(b.text)) {
      set(b, 'publisher-line', 'publisher name after the source line');
    } else if (b.kind === 'caption') set(b, 'teaser', 'picture of another story listed after the article');
    else set(b, 'teaser', 'other story listed after the article');
  }
  // short orphan lines between the last paragraph and the tail ("source", "Vnexpress.net")
  for (let i = tail - 1; i > firstProse; i--) {
    const b = blocks[i] as Draft;
    if (b.kind) continue;
    if (!isHeadlineShaped(b.text, 5) || tail === blocks.length) break;
    set(b, 'navigation', 'page furniture after the article');
  }

  // before the article: title, publisher line, section labels, lead
  const header = blocks.slice(0, firstProse).filter((b) => !b.kind);
  const title = pickTitle(header);
  if (title) set(title, 'title', 'title');
  for (const b of header) {
    if (b === title) continue;
    const nearDate = [blocks[b.index - 1], blocks[b.index + 1]].some((x) => x?.kind === 'date-line');
    if (nameShaped(b.text) && (wordCount(b.text) >= 2 || nearDate))
      set(b, 'publisher-line', 'publisher line (used for metadata)');
    else if (wordCount(b.text) <= 3 && !endsLikeSentence(b.text)) set(b, 'navigation', 'section label or menu item');
    else set(b, 'lead', 'lead');
  }

  // the article: headings (a heading split over two lines stays one heading), body
  let leadDone = false;
  for (let i = firstProse; i < blocks.length; i++) {
    const b = blocks[i] as Draft;
    if (b.kind) continue;
    if (isHeadlineShaped(b.text, 12) && !startsLowerCase(b.text)) set(b, 'heading', 'heading');
    else if (isHeadlineShaped(b.text, 12) && blocks[i - 1]?.kind === 'heading')
      set(b, 'heading', 'heading (continued)');
    else {
      set(b, leadDone ? 'body' : 'lead', leadDone ? 'body' : 'lead');
      leadDone = true;
    }
  }
  return blocks.map(({ local: _local, kind, reason, ...b }) => ({
    ...b,
    kind: kind ?? 'body',
    reason: reason ?? 'body',
  }));
}
