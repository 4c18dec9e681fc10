import { WebUrl } from '@kizuna/model';
import type { ClassifiedBlock, Paragraph, ParagraphSpan } from '../../draft/blocks.js';
import { defineStage } from '../../draft/stage.js';
import { SOURCE_LINE } from '../../text/page-patterns.js';
import { bylinePlace } from './byline-place.js';
import { type DatelineMatch, datelineDate, matchDateline } from './dateline.js';
import { publishedWithBasis } from './published.js';
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

/**
 * The article's own address: front matter, else a "Source: https://…" line, when it is one a reply
 * may show as a link (else a warning says it was ignored).
 */
function urlOf(
  frontMatterUrl: string | undefined,
  blocks: readonly ClassifiedBlock[],
  warnings: string[],
): string | null {
  if (frontMatterUrl) return frontMatterUrl;
  const sourceLine = blocks.find((b) => b.kind === 'source-line' && SOURCE_LINE.test(b.text));
  const found = SOURCE_LINE.exec(sourceLine?.text ?? '')?.[1];
  if (!found) return null;
  if (WebUrl.safeParse(found).success) return found;
  warnings.push(`source line: "${found}" is not an http(s) address a link can show and was ignored`);
  return null;
}

export const metadataStage = defineStage({
  name: 'metadata',
  does: 'title, publisher, url, published date and dateline, from the front matter, the page lines and the body',
  needs: ['frontMatter', 'classified', 'paragraphs', 'signOffAgency', 'body', 'paragraphSpans', 'warnings'],
  adds: ['title', 'publisher', 'url', 'published', 'dateline', 'datelineAt', 'warnings'],
  run: ({ frontMatter: { fields }, classified: blocks, paragraphs, signOffAgency, body, paragraphSpans, warnings }) => {
    const urlWarnings: string[] = [];
    const url = urlOf(fields.url, blocks, urlWarnings);
    const found = findDateline(body, paragraphSpans, paragraphs);
    const dl = found?.match ?? null;
    const page = publishedWithBasis(fields.published, blocks);
    // a site's header date (the day the page was copied) yields to a dateline that states its year
    const filed = dl && dl.year !== null && (!page || page.basis === 'header') ? datelineDate(dl, null) : null;
    const published = filed ?? page?.date ?? null;
    // without a dateline, a byline's "envoyé spécial à X" tells where the story was filed
    const filedFrom = dl ? null : bylinePlace(blocks);
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
      dateline: dl
        ? { place: dl.place, date: datelineDate(dl, published), agency: dl.agency }
        : filedFrom
          ? { place: filedFrom, date: null, agency: null }
          : null,
      datelineAt: found ? { paragraph: found.paragraph, length: found.match.length } : null,
      warnings: urlWarnings.length ? [...warnings, ...urlWarnings] : warnings,
    };
  },
});
