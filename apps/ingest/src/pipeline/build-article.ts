import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type Article, type DateRef, parseArticle, type Removal, WebUrl } from '@kizuna/model';
import type { ClassifiedBlock } from '../blocks/block-kind.js';
import { classify } from '../blocks/classify.js';
import { SOURCE_LINE } from '../blocks/patterns.js';
import { segment } from '../blocks/segment.js';
import { decode } from '../decode/decode.js';
import { IngestError } from '../errors.js';
import { type ExtractOutput, extract } from '../extract/index.js';
import { datelineDate, matchDateline } from '../metadata/dateline.js';
import { findDate, isoOf } from '../metadata/find-date.js';
import { splitFrontMatter } from '../metadata/front-matter.js';
import { detectLanguage } from '../metadata/language.js';
import { creditFromBlocks, domainOf, publisherFromBlocks } from '../metadata/publisher.js';
import { splitTitleSuffix } from '../metadata/title.js';
import { identityOfNormalised, identityText, normalise } from '../normalise/normalise.js';
import { functionWords } from '../repair/function-words.js';
import type { Lexicon } from '../repair/lexicon.js';
import { repairText, tokenCounts } from '../repair/repair-text.js';
import { splitSentences } from '../sentences/split-sentences.js';
import { articleParagraphs, joinBody } from './assemble-body.js';

export interface BuildInput {
  bytes: Uint8Array;
  /** Path or name of the input file; the article records its base name. */
  file: string;
  /** ISO timestamp recorded as `source.ingestedAt`. */
  ingestedAt: string;
  /** The lexicon of a language (lower-case words), or null when there is none. */
  lexicon: (language: string) => Lexicon | null;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The article id: a hash of the normalised text, so the same text pasted with other spacing gets the same id. */
export function articleId(text: string): string {
  return sha256(identityText(text)).slice(0, 16);
}

function dateRefOf(text: string): DateRef | null {
  const d = findDate(text);
  if (!d || d.year === null) return null;
  return { iso: isoOf(d), text: d.text, year: 'stated' };
}

function publishedOf(blocks: readonly ClassifiedBlock[]): DateRef | null {
  for (const b of blocks) {
    if (b.kind !== 'date-line' && b.kind !== 'publisher-line') continue;
    const d = dateRefOf(b.text);
    if (d) return d;
  }
  return null;
}

/** Whether the text holds at least `n` words (counting stops there, a body can be long). */
function hasWords(text: string, n: number): boolean {
  const word = /\p{L}+/gu;
  let count = 0;
  while (count < n && word.exec(text)) count += 1;
  return count >= n;
}

/** Runs the whole pipeline on one file's bytes: a validated Article, or an IngestError saying why not. */
export function buildArticle(input: BuildInput): Article {
  const decoded = decode(input.bytes);
  const warnings = [...decoded.warnings];
  const text = normalise(decoded.text);
  // articleId(text), without normalising the text a second time
  const id = sha256(identityOfNormalised(text)).slice(0, 16);
  const front = splitFrontMatter(text);
  warnings.push(...front.warnings);

  const blocks = classify(segment(front.rest));
  const removed: Removal[] = [];
  if (front.raw) removed.push({ text: front.raw, reason: 'front matter (used for metadata)', kind: 'front-matter' });
  for (const b of blocks) {
    if (b.kind === 'title' || b.kind === 'lead' || b.kind === 'body' || b.kind === 'heading' || b.kind === 'caption')
      continue;
    removed.push({ text: b.text, reason: b.reason, kind: b.kind });
  }
  const { paragraphs, residue, signOff, agency: signOffAgency } = articleParagraphs(blocks);
  removed.push(...residue);
  if (signOff) removed.push(signOff);
  const firstArticle = blocks.find((b) => b.kind === 'lead' || b.kind === 'body')?.index ?? blocks.length;

  const rawBody = paragraphs
    .filter((p) => p.kind === 'lead' || p.kind === 'body')
    .map((p) => p.text)
    .join('\n\n');
  if (!hasWords(rawBody, 12) || !/[.!?…]/.test(rawBody)) {
    throw new IngestError('NO_ARTICLE_TEXT', 'no article text was found: no paragraph of prose survived the cleaning');
  }
  const language = front.fields.language ?? detectLanguage(rawBody);

  const lexicon = input.lexicon(language);
  const counts = tokenCounts(blocks.map((b) => b.text).join('\n'));
  const ctx = lexicon
    ? { isWord: (w: string) => lexicon.has(w), functionWords: functionWords(language), articleCounts: counts }
    : null;
  const repaired = paragraphs.map((p) => (ctx ? repairText(p.text, ctx) : { text: p.text, repairs: [] }));
  const { body, spans, repairs } = joinBody(repaired);

  const sourceLine = blocks.find((b) => b.kind === 'source-line' && SOURCE_LINE.test(b.text));
  const url = front.fields.url ?? sourceLineUrl(sourceLine?.text, warnings);
  const published = (front.fields.published ? dateRefOf(front.fields.published) : null) ?? publishedOf(blocks);

  // the dateline opens one of the first paragraphs (some pages put a lead above it)
  const prose = spans.map((_, i) => i).filter((i) => paragraphs[i]?.kind === 'lead' || paragraphs[i]?.kind === 'body');
  let dl: ReturnType<typeof matchDateline> = null;
  let datelineParagraph = -1;
  for (const i of prose.slice(0, 3)) {
    const span = spans[i];
    dl = span ? matchDateline(body.slice(span.start, span.end)) : null;
    if (dl) {
      datelineParagraph = i;
      break;
    }
  }
  const dateline = dl ? { place: dl.place, date: datelineDate(dl, published), agency: dl.agency } : null;

  const titled = splitTitleSuffix(blocks.find((b) => b.kind === 'title')?.text ?? '');
  const title = front.fields.title ?? (titled.title || null);
  const publisher =
    front.fields.publisher ??
    publisherFromBlocks(blocks, firstArticle) ??
    titled.publisher ??
    dl?.agency ??
    signOffAgency ??
    creditFromBlocks(blocks) ??
    (url ? domainOf(url) : null);

  const skip = new Map<number, number>();
  if (dl) skip.set(datelineParagraph, dl.length);
  const sentences = splitSentences(body, spans, language, skip);
  if (!sentences.length)
    throw new IngestError('NO_ARTICLE_TEXT', 'no article text was found: the body holds no sentence');

  const base = { id, title, language, publisher, url, published, dateline, body, sentences, removed, repairs };
  const source = {
    file: basename(input.file),
    sha256: sha256(input.bytes),
    bytes: input.bytes.length,
    ingestedAt: input.ingestedAt,
  };
  const file = basename(input.file);

  // extraction is the least certain stage: when it fails or produces something invalid, the clean
  // article is still worth keeping, with the reason in its warnings
  let extracted: ExtractOutput;
  try {
    extracted = extract({ id, title, language, body, sentences, published, dateline });
  } catch (error) {
    extracted = { people: [], events: [], facts: [], warnings: [`extraction failed: ${(error as Error).message}`] };
  }
  try {
    return parseArticle(
      {
        ...base,
        people: extracted.people,
        events: extracted.events,
        facts: extracted.facts,
        source,
        warnings: [...warnings, ...extracted.warnings],
      },
      file,
    );
  } catch (withExtraction) {
    const note = `extraction output was invalid and was dropped: ${(withExtraction as Error).message.slice(0, 500)}`;
    try {
      return parseArticle({ ...base, people: [], events: [], facts: [], source, warnings: [...warnings, note] }, file);
    } catch (error) {
      throw new IngestError(
        'INVALID_ARTICLE',
        `the article built from this file is not valid: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }
}

/** The address on a "Source : …" line, when it is one a reply may show as a link (else a warning). */
function sourceLineUrl(text: string | undefined, warnings: string[]): string | null {
  const found = SOURCE_LINE.exec(text ?? '')?.[1];
  if (!found) return null;
  if (WebUrl.safeParse(found).success) return found;
  warnings.push(`source line: "${found}" is not an http(s) address a link can show and was ignored`);
  return null;
}
