import type { BlockKind } from '../../draft/blocks.js';
import { firstDate } from '../../text/first-date.js';
import { endsLikeSentence, nameShaped, wordCount, words } from '../../text/line-signals.js';
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
  MARKER,
  PIPE_END,
  PROMO,
  PUBLISHER_GLUED_DATE,
  RELATED_INLINE,
  RELATED_LINK,
  SOURCE_LINE,
  SOURCE_NAME,
  TAGS_LINE,
} from '../../text/page-patterns.js';

export interface LocalKind {
  kind: BlockKind;
  reason: string;
}

// Words that may sit around a date on a date line ("Publié le …", "Updated: …", "Tuesday, … | 08:15")
const DATE_LINE_WORDS =
  /^(?:publié|publiée|mis|à|a|jour|le|la|updated|update|published|posted|modifié|modified|on|at|dernière|mise|last|am|pm|gmt|utc|ict|h|ago|il|y|depuis|thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|days?|hours?|minutes?|mins?|jours?|heures?|hier|yesterday|today|aujourd'hui|et|and|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}[:h]\d{2}|\d{1,2}|gmt\+\d+|utc\+\d+)$/iu;

// chrono (strict) states a year only with digits or in a relative time ("il y a deux jours", "two
// hours ago") built on one of its time units (fr and en lists, abbreviations included); a line with
// neither holds no dated date, so it is not worth parsing
const MAY_HOLD_YEAR =
  /\d|(?<!\p{L})(?:s|secs?|seconds?|secondes?|m|mins?|minutes?|h|hrs?|hours?|heures?|d|days?|jours?|w|weeks?|semaines?|mo|mon|mos|months?|mois|qtr|quarters?|trimestres?|y|yrs?|years?|ans|années?)(?!\p{L})/iu;

/** A line holding a full date and nothing but date-line words: "Publié le 19/10/2020 à 22h05". */
export function dateLine(text: string): boolean {
  if (wordCount(text) > 20 || endsLikeSentence(text.replace(/\b(?:a\.m|p\.m)\.$/i, ''))) return false;
  if (!MAY_HOLD_YEAR.test(text)) return false;
  const d = firstDate(text);
  if (!d || d.year === null) return false;
  // a second date ("… - Mis à jour le 7 janvier 2022") may follow the first
  let rest = text.slice(0, d.index) + text.slice(d.index + d.text.length);
  const second = firstDate(rest);
  if (second) rest = rest.slice(0, second.index) + rest.slice(second.index + second.text.length);
  return words(rest).every((w) => DATE_LINE_WORDS.test(w));
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
  if (TAGS_LINE.test(text)) return { kind: 'navigation', reason: 'list of tags' };
  if (isBreadcrumb(text)) return { kind: 'navigation', reason: 'breadcrumb menu' };
  if (BYLINE.test(text) && wordCount(text) <= 16) return { kind: 'byline', reason: 'byline (author)' };
  if (SOURCE_LINE.test(text)) return { kind: 'source-line', reason: 'source line (used for the url)' };
  if (SOURCE_NAME.test(text)) return { kind: 'publisher-line', reason: 'source credit (used for the publisher)' };
  if (BARE_SOURCE.test(text)) return { kind: 'source-line', reason: 'source label without its link' };
  if (COPYRIGHT.test(text)) return { kind: 'publisher-line', reason: 'copyright line (used for the publisher)' };
  if (MARKER.test(text)) return { kind: 'marker', reason: 'header of a list of other stories' };
  if (CREDIT_LINE.test(text)) return { kind: 'caption', reason: 'photo credit' };
  if (GLUED_IMAGE_INDEX.test(text)) return { kind: 'caption', reason: 'photo caption' };
  if (PIPE_END.test(text) && wordCount(text) <= 60) return { kind: 'caption', reason: 'photo caption (table cell)' };
  if (AGENCY_CREDIT_AT_END.test(text) && wordCount(text) <= 80) {
    return { kind: 'caption', reason: 'photo caption with credit' };
  }
  if (CREDIT_AT_END.test(text) && wordCount(text) <= 80)
    return { kind: 'caption', reason: 'photo caption with credit' };
  if (dateLine(text)) return { kind: 'date-line', reason: 'publication date line (used for metadata)' };
  const glued = PUBLISHER_GLUED_DATE.exec(text);
  const name = glued?.[1]?.trim() ?? '';
  const doubled = name.length % 2 === 0 && name.slice(0, name.length / 2) === name.slice(name.length / 2);
  // the words before the date are a name (often doubled by the copy), not a sentence ending in a date
  if (glued && wordCount(text) <= 16 && (doubled || nameShaped(name))) {
    return { kind: 'publisher-line', reason: 'publisher and date line (used for metadata)' };
  }
  if (publisherThenDate(text)) return { kind: 'publisher-line', reason: 'publisher and date line (used for metadata)' };
  if (DOMAIN_LINE.test(text)) return { kind: 'publisher-line', reason: 'publisher web address' };
  if (AGENCY_LINE.test(text) || AGENCY_ALONE.test(text))
    return { kind: 'publisher-line', reason: 'agency credit line' };
  if (AGENCY_CREDIT.test(text)) return { kind: 'caption', reason: 'photo credit' };
  return null;
}
