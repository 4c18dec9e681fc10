import type { BlockKind } from '../../draft/blocks.js';
import { dateLine } from '../../text/date-line.js';
import { endsLikeSentence, nameShaped, wordCount } from '../../text/line-signals.js';
import {
  AGENCY_ALONE,
  AGENCY_CREDIT,
  AGENCY_CREDIT_AT_END,
  AGENCY_LINE,
  BARE_SOURCE,
  BYLINE,
  COMMENTS,
  COPYRIGHT,
  COUNTER,
  CREDIT_AT_END,
  CREDIT_LINE,
  DOMAIN_LINE,
  EMPTY_WIDGET,
  GLUED_IMAGE_INDEX,
  isBreadcrumb,
  isShareLine,
  isTopicList,
  MARKER,
  PIPE_END,
  PROMO,
  PUBLISHER_GLUED_DATE,
  RELATED_INLINE,
  RELATED_LINK,
  RIGHTS_NOTICE,
  SOURCE_LINE,
  SOURCE_NAME,
  TAGS_LINE,
  TRANSLATION_NOTICE,
} from '../../text/page-patterns.js';

export interface LocalKind {
  kind: BlockKind;
  reason: string;
}

/** "Southern Cross Times | 21 August 2023": a name, a spaced bar or dash, then only a date. */
function publisherThenDate(text: string): boolean {
  const sep = /\s[|·–—-]\s/u.exec(text);
  if (!sep) return false;
  const name = text.slice(0, sep.index).trim();
  // beside a date alone, a short capitalised phrase is a name even with lower-case words ("Le Courrier européen")
  const short = /^\p{Lu}/u.test(name) && wordCount(name) <= 6 && !/[,;:]/.test(name) && !endsLikeSentence(name);
  return short && dateLine(text.slice(sep.index + sep[0].length).trim());
}

/** What a block is by its own shape alone, without looking at its neighbours; null when that is not enough. */
export function localKind(text: string): LocalKind | null {
  if (RELATED_INLINE.test(text)) return { kind: 'related-link', reason: 'link to another story' };
  if (RELATED_LINK.test(text)) return { kind: 'related-link', reason: 'link to another story' };
  if (COMMENTS.test(text)) return { kind: 'comments', reason: 'comment counter or comments header' };
  if (EMPTY_WIDGET.test(text)) return { kind: 'empty-widget', reason: 'empty page widget' };
  if (isShareLine(text)) return { kind: 'navigation', reason: 'sharing buttons' };
  if (PROMO.test(text) && wordCount(text) <= 20) return { kind: 'navigation', reason: 'advertising or promotion' };
  if (COUNTER.test(text)) return { kind: 'navigation', reason: 'reading time or view counter' };
  if (TAGS_LINE.test(text) || isTopicList(text)) return { kind: 'navigation', reason: 'list of tags' };
  if (TRANSLATION_NOTICE.test(text) && wordCount(text) <= 30)
    return { kind: 'navigation', reason: 'machine-translation notice' };
  // a header strip with the day's date ("Tuesday, 2 May 2023 | Lagos 31°C | E-Paper") is a date line
  if (isBreadcrumb(text) && !dateLine(text)) return { kind: 'navigation', reason: 'breadcrumb menu' };
  if (BYLINE.test(text) && wordCount(text) <= 16) return { kind: 'byline', reason: 'byline (author)' };
  if (SOURCE_LINE.test(text)) return { kind: 'source-line', reason: 'source line (used for the url)' };
  if (SOURCE_NAME.test(text)) return { kind: 'publisher-line', reason: 'source credit (used for the publisher)' };
  if (BARE_SOURCE.test(text)) return { kind: 'source-line', reason: 'source label without its link' };
  if (COPYRIGHT.test(text) || RIGHTS_NOTICE.test(text))
    return { kind: 'publisher-line', reason: 'copyright line (used for the publisher)' };
  if (MARKER.test(text)) return { kind: 'marker', reason: 'header of a list of other stories' };
  if (CREDIT_LINE.test(text)) return { kind: 'caption', reason: 'photo credit' };
  if (GLUED_IMAGE_INDEX.test(text)) return { kind: 'caption', reason: 'photo caption' };
  if (PIPE_END.test(text) && wordCount(text) <= 60) return { kind: 'caption', reason: 'photo caption (table cell)' };
  if (AGENCY_CREDIT_AT_END.test(text) && wordCount(text) <= 80) {
    return { kind: 'caption', reason: 'photo caption with credit' };
  }
  if (CREDIT_AT_END.test(text) && wordCount(text) <= 80)
    return { kind: 'caption', reason: 'photo caption with credit' };
  // "Name | date" before the date line: a header strip's other cells may be any short label
  if (publisherThenDate(text)) return { kind: 'publisher-line', reason: 'publisher and date line (used for metadata)' };
  if (dateLine(text)) return { kind: 'date-line', reason: 'publication date line (used for metadata)' };
  const glued = PUBLISHER_GLUED_DATE.exec(text);
  const name = glued?.[1]?.trim() ?? '';
  const doubled = name.length % 2 === 0 && name.slice(0, name.length / 2) === name.slice(name.length / 2);
  // the words before the date are a name (often doubled by the copy), not a sentence ending in a date
  if (glued && wordCount(text) <= 16 && (doubled || nameShaped(name))) {
    return { kind: 'publisher-line', reason: 'publisher and date line (used for metadata)' };
  }
  if (DOMAIN_LINE.test(text)) return { kind: 'publisher-line', reason: 'publisher web address' };
  if (AGENCY_LINE.test(text) || AGENCY_ALONE.test(text))
    return { kind: 'publisher-line', reason: 'agency credit line' };
  if (AGENCY_CREDIT.test(text)) return { kind: 'caption', reason: 'photo credit' };
  return null;
}
