import type { Block, ClassifiedBlock } from '../../draft/blocks.js';
import { endsLikeSentence, isHeadlineShaped, nameShaped, startsLowerCase, wordCount } from '../../text/line-signals.js';
import { CREDIT_LINE, END_MARK, POSITION_NOTE, SIGN_OFF } from '../../text/page-patterns.js';
import { tailStart } from './find-tail.js';
import { localKind } from './local-kind.js';
import { mark, type PendingBlock, prose } from './pending-block.js';

/** Whether a block just before a credit line is that picture's caption. */
function captionBeforeCredit(b: PendingBlock): boolean {
  if (b.local) return false;
  const sentences = b.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  return POSITION_NOTE.test(b.text) || (sentences === 1 && wordCount(b.text) <= 45);
}

/** "Nouvelles de Russie – édition francophone": the site's name and its tagline, heading the page. */
function mastheadShaped(b: PendingBlock): boolean {
  const parts = b.text.split(/\s[–—|-]\s/u);
  const [name, tagline] = parts;
  if (b.index !== 0 || parts.length !== 2 || !name || !tagline || !nameShaped(name)) return false;
  // "EUROPA DESK — the EU politics live blog": a description in lower case may be longer
  return wordCount(tagline) <= 4 || (startsLowerCase(tagline) && wordCount(tagline) <= 8);
}

/**
 * The site's motto under its name, above the menu ("PACIFIC READOUTS" / "Official statements from
 * around the Blue Pacific" / "Skip to main content | Menu"): not the title when a headline follows.
 * (A line under the name above a date line is as often the headline itself.)
 */
function mottoShaped(b: PendingBlock, blocks: readonly PendingBlock[]): boolean {
  const before = blocks[b.index - 1];
  return (
    b.index === 1 &&
    !!before &&
    nameShaped(before.text) &&
    blocks[b.index + 1]?.kind === 'navigation' &&
    blocks
      .slice(b.index + 2)
      .some((x) => !x.kind && wordCount(x.text) >= 4 && !endsLikeSentence(x.text) && !kickerShaped(x.text))
  );
}

/** A short capitalised phrase beside a date line: the publisher's name ("Le Messager francophone"). */
const nameBesideDate = (text: string): boolean =>
  /^\p{Lu}/u.test(text) && wordCount(text) <= 6 && !/[,;:]/.test(text) && !endsLikeSentence(text);

// "LIVE | EU-Central Asia summit", "Readout | India - Saudi Arabia", "En direct : Kyiv": the story's
// label above its title (a label of one or two words, or a live label before a few words)
const KICKER_CELL = /^\p{L}+(?:\s\p{L}+)?\s*[|·•]\s*\S/u;
const LIVE_LABEL = /^(?:live|en direct|direct|breaking(?: news)?|exclusive|exclusif|urgent)\s*:\s*\S/iu;
const kickerShaped = (text: string): boolean =>
  KICKER_CELL.test(text) || (LIVE_LABEL.test(text) && wordCount(text) <= 6);

/** The title among the lines above the article: the first of four words or more that is not a name. */
function pickTitle(all: readonly PendingBlock[], mottos: ReadonlySet<PendingBlock>): PendingBlock | undefined {
  const candidates = all.filter((b) => !mastheadShaped(b) && !mottos.has(b));
  const fit = candidates.filter((b) => wordCount(b.text) >= 4 && wordCount(b.text) <= 30 && !/[.:;,]$/.test(b.text));
  // a label above the headline is the title only when there is no headline
  const headlines = fit.filter((b) => !kickerShaped(b.text));
  const long = headlines.length ? headlines : fit;
  const plain = long.find((b) => !nameShaped(b.text));
  if (plain) return plain;
  if (long.length) return long.reduce((a, b) => (wordCount(b.text) > wordCount(a.text) ? b : a));
  const first = candidates[0];
  return first && first.index === 0 && wordCount(first.text) >= 2 && !nameShaped(first.text) ? first : undefined;
}

/** What each block's own shape says; a credit line makes the one-sentence block before it a caption; repeats. */
function markLocal(input: readonly Block[]): PendingBlock[] {
  const blocks: PendingBlock[] = input.map((b) => ({ ...b, local: localKind(b.text) }));
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    if (b.local?.kind === 'caption' && CREDIT_LINE.test(b.text) && prev && captionBeforeCredit(prev)) {
      prev.local = { kind: 'caption', reason: 'photo caption (credit on the next line)' };
    }
  });
  for (const b of blocks) if (b.local) mark(b, b.local.kind, b.local.reason);
  // the same block twice (a caption or a teaser repeated by the page)
  const seen = new Set<string>();
  for (const b of blocks) {
    if (seen.has(b.text) && (!b.kind || b.kind === 'caption') && wordCount(b.text) >= 4)
      mark(b, 'repeated', 'repeated block');
    seen.add(b.text);
  }
  return blocks;
}

/**
 * After the article: other stories, counters, menus. An agency sign-off or end mark ("… – VNA",
 * "…./.") closes the article, so whatever follows it is page furniture too.
 */
function markTail(blocks: PendingBlock[], firstProse: number): void {
  const signedOff = blocks.findIndex(
    (b, i) => i >= firstProse && !b.kind && (SIGN_OFF.test(b.text) || END_MARK.test(b.text)),
  );
  const tail = Math.min(tailStart(blocks, firstProse), signedOff >= 0 ? signedOff + 1 : blocks.length);
  for (let i = tail; i < blocks.length; i++) {
    const b = blocks[i] as PendingBlock;
    if (b.kind === 'date-line') mark(b, 'teaser', 'date of another story listed after the article');
    if (b.kind && b.kind !== 'caption' && b.kind !== 'repeated') continue;
    const after = blocks[i - 1];
    if (!b.kind && after?.kind === 'source-line' && nameShaped(b.text)) {
      mark(b, 'publisher-line', 'publisher name after the source line');
    } else if (b.kind === 'caption') mark(b, 'teaser', 'picture of another story listed after the article');
    else mark(b, 'teaser', 'other story listed after the article');
  }
  // short orphan lines between the last paragraph and the tail ("source", "Vnexpress.net")
  for (let i = tail - 1; i > firstProse; i--) {
    const b = blocks[i] as PendingBlock;
    if (b.kind) continue;
    if (!isHeadlineShaped(b.text, 5) || tail === blocks.length) break;
    mark(b, 'navigation', 'page furniture after the article');
  }
}

/** Before the article: title, publisher line, section labels, lead. */
function markHeader(blocks: PendingBlock[], firstProse: number): void {
  const header = blocks.slice(0, firstProse).filter((b) => !b.kind);
  // read before the title is marked: a motto is told by the headline below the menu
  const mottos = new Set(header.filter((b) => mottoShaped(b, blocks)));
  const title = pickTitle(header, mottos);
  if (title) mark(title, 'title', 'title');
  for (const b of header) {
    if (b === title) continue;
    if (mottos.has(b)) {
      mark(b, 'navigation', "the site's motto under its name");
      continue;
    }
    const nearDate = [blocks[b.index - 1], blocks[b.index + 1]].some((x) => x?.kind === 'date-line');
    const aboveTitle = !title || b.index < title.index;
    if (
      (nameShaped(b.text) && (wordCount(b.text) >= 2 || nearDate)) ||
      mastheadShaped(b) ||
      (aboveTitle && nameBesideDate(b.text) && (nearDate || (b.index === 0 && wordCount(b.text) >= 2)))
    )
      mark(b, 'publisher-line', 'publisher line (used for metadata)');
    else if (wordCount(b.text) <= 3 && !endsLikeSentence(b.text)) mark(b, 'navigation', 'section label or menu item');
    else mark(b, 'lead', 'lead');
  }
}

/** The article: headings (a heading split over two lines stays one heading), lead, body. */
function markArticle(blocks: PendingBlock[], firstProse: number): void {
  let leadDone = false;
  for (let i = firstProse; i < blocks.length; i++) {
    const b = blocks[i] as PendingBlock;
    if (b.kind) continue;
    if (isHeadlineShaped(b.text, 12) && !startsLowerCase(b.text)) mark(b, 'heading', 'heading');
    else if (isHeadlineShaped(b.text, 12) && blocks[i - 1]?.kind === 'heading')
      mark(b, 'heading', 'heading (continued)');
    else {
      mark(b, leadDone ? 'body' : 'lead', leadDone ? 'body' : 'lead');
      leadDone = true;
    }
  }
}

/** Classifies every block: the article text (title, lead, body, headings) and everything else with a reason. */
export function classify(input: readonly Block[]): ClassifiedBlock[] {
  const blocks = markLocal(input);
  const firstProse = blocks.findIndex((b) => !b.kind && prose(b));
  if (firstProse < 0)
    return blocks.map((b) => ({ ...b, kind: b.kind ?? 'teaser', reason: b.reason ?? 'no article text' }));
  markTail(blocks, firstProse);
  markHeader(blocks, firstProse);
  markArticle(blocks, firstProse);
  return blocks.map(({ local: _local, kind, reason, ...b }) => ({
    ...b,
    kind: kind ?? 'body',
    reason: reason ?? 'body',
  }));
}
