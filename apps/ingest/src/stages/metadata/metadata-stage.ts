import type { ClassifiedBlock, Paragraph, ParagraphSpan } from '../../draft/blocks.js';
import { defineStage } from '../../draft/stage.js';
import { SOURCE_LINE } from '../../text/page-patterns.js';
import { type DatelineMatch, datelineDate, matchDateline } from './dateline.js';
import { publishedDate } from './published.js';
import { creditFromBlocks, domainOf, publisherFromBlocks } from './publisher.js';
import { splitTitleSuffix } from './title.js';

/** The dateline opening one of the first prose paragraphs (some pages put a lead above it). */
function findDateline(
  body: string,
  spans: readonly ParagraphSpan[],
  paragraphs: readonly Paragraph[],
): { match: DatelineMatch; paragraph: number } | null {
  const prose = spans.map((_, i) => i).filter((i) => paragraphs[i]?.kind === 'lead' || paragraphs[i]?.kind === 'body');
  for (const i of prose.slice(0, 3)) {
    const span = spans[i];
    const match = span ? matchDateline(body.slice(span.start, span.end)) : null;
    if (match) return { match, paragraph: i };
  }
  return null;
}

/** The article's own address: front matter, else a "Source: https://…" line. */
function urlOf(frontMatterUrl: string | undefined, blocks: readonly ClassifiedBlock[]): string | null {
  const sourceLine = blocks.find((b) => b.kind === 'source-line' && SOURCE_LINE.test(b.text));
  return frontMatterUrl ?? SOURCE_LINE.exec(sourceLine?.text ?? '')?.[1] ?? null;
}

export const metadataStage = defineStage({
  name: 'metadata',
  does: 'title, publisher, url, published date and dateline, from the front matter, the page lines and the body',
  needs: ['frontMatter', 'classified', 'paragraphs', 'signOffAgency', 'body', 'paragraphSpans'],
  adds: ['title', 'publisher', 'url', 'published', 'dateline', 'datelineAt'],
  run: ({ frontMatter: { fields }, classified: blocks, paragraphs, signOffAgency, body, paragraphSpans }) => {
    const url = urlOf(fields.url, blocks);
    const published = publishedDate(fields.published, blocks);
    const found = findDateline(body, paragraphSpans, paragraphs);
    const dl = found?.match ?? null;
    const titled = splitTitleSuffix(blocks.find((b) => b.kind === 'title')?.text ?? '');
    const firstArticle = blocks.find((b) => b.kind === 'lead' || b.kind === 'body')?.index ?? blocks.length;
    // most telling first; the weakest page signals last
    const publisher =
      fields.publisher ??
      publisherFromBlocks(blocks, firstArticle) ??
      titled.publisher ??
      dl?.agency ??
      signOffAgency ??
      creditFromBlocks(blocks) ??
      (url ? domainOf(url) : null);
    return {
      title: fields.title ?? (titled.title || null),
      publisher,
      url,
      published,
      dateline: dl ? { place: dl.place, date: datelineDate(dl, published), agency: dl.agency } : null,
      datelineAt: found ? { paragraph: found.paragraph, length: found.match.length } : null,
    };
  },
});
