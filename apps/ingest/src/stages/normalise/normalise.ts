import { stripControls } from '../../text/control-chars.js';
import { sha256 } from '../../text/hash.js';

// Spaces that render as one blank: no-break, figure, thin, hair, ideographic, tab...
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters that only get in the way of matching (zero-width space, BOM, soft hyphen)
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/**
 * NFC, one kind of line ending, one kind of space, no repeated spaces and no spaces at line ends.
 * Nothing else changes: the text stays faithful to the source.
 */
export function normalise(text: string): string {
  return stripControls(text.normalize('NFC'))
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}

/** The text reduced to what identifies an article: words and punctuation, whatever the spacing. */
export function identityText(text: string): string {
  return identityOfNormalised(normalise(text));
}

/** identityText of a text normalise has already cleaned (normalising is idempotent). */
export function identityOfNormalised(normalised: string): string {
  return normalised.replace(/\s+/g, ' ').trim();
}

/** The article id of a text: a hash of its identity text, so the same text pasted with other spacing gets the same id. */
export function articleId(text: string): string {
  return idOfNormalised(normalise(text));
}

/** articleId of a text normalise has already cleaned. */
export const idOfNormalised = (normalised: string): string => sha256(identityOfNormalised(normalised)).slice(0, 16);
