import type { ClassifiedBlock } from '../../draft/blocks.js';
import {
  AGENCY_ALONE,
  AGENCY_LINE,
  COPYRIGHT,
  DOMAIN_LINE,
  PUBLISHER_GLUED_DATE,
  RIGHTS_NOTICE,
  SOURCE_NAME,
} from '../../text/page-patterns.js';

const isAgency = (t: string): boolean => AGENCY_LINE.test(t) || AGENCY_ALONE.test(t);

/** "NameName" (a name doubled by the copy) → "Name". */
export function undouble(text: string): string {
  const t = text.trim();
  if (t.length % 2 === 0 && t.slice(0, t.length / 2) === t.slice(t.length / 2)) return t.slice(0, t.length / 2).trim();
  return t;
}

/** The publisher named by one metadata line, or null. */
export function publisherOfLine(text: string): string | null {
  const glued = PUBLISHER_GLUED_DATE.exec(text);
  if (glued?.[1]) return undouble(glued[1].replace(/[\s|·,–—-]+$/u, '')) || null;
  const copyright = COPYRIGHT.exec(text);
  // "© ANO. Tous droits réservés": the name without the rights notice
  if (copyright?.[1])
    return (
      copyright[1]
        .replace(/[.,\s]*(?:all rights reserved|tous droits réservés)[.\s]*$/iu, '')
        .replace(/[.\s]+$/u, '')
        .trim() || null
    );
  const rights = RIGHTS_NOTICE.exec(text.trim());
  if (rights?.[1]) return rights[1].replace(/[\s.,]+$/u, '').trim() || null;
  const source = SOURCE_NAME.exec(text);
  if (source?.[1]) return source[1].trim();
  if (DOMAIN_LINE.test(text) || isAgency(text)) return text.trim();
  // "Horizons Asie – Diplomatie": the name, without the section after a spaced dash or bar
  return text.split(/\s[–—|-]\s/u)[0]?.trim() || null;
}

/**
 * The publisher from the page's own lines, most telling first: a publisher line above the article,
 * a copyright line, a name under the source line, then (from the caller) the dateline's agency,
 * an agency sign-off or credit line, and last the domain of the source URL.
 */
export function publisherFromBlocks(blocks: readonly ClassifiedBlock[], firstArticle: number): string | null {
  const lines = blocks.filter((b) => b.kind === 'publisher-line');
  const weak = (t: string) => isAgency(t) || DOMAIN_LINE.test(t) || SOURCE_NAME.test(t);
  const header = lines.find((b) => b.index < firstArticle && !weak(b.text));
  const copyright = lines.find((b) => COPYRIGHT.test(b.text) || RIGHTS_NOTICE.test(b.text.trim()));
  const named = lines.find((b) => !weak(b.text));
  for (const b of [header, sourceCell(blocks, firstArticle), copyright, named]) {
    const name = b ? publisherOfLine(b.text) : null;
    if (name) return name;
  }
  return null;
}

/** "Mise à jour : 2023-03-11 | Source : Agence X": a source cell of a header date line, as a line of its own. */
function sourceCell(blocks: readonly ClassifiedBlock[], firstArticle: number): { text: string } | null {
  for (const b of blocks) {
    if (b.index >= firstArticle) break;
    if (b.kind !== 'date-line') continue;
    const cell = b.text.split(/\s+[|·]\s+/u).find((c) => SOURCE_NAME.test(c.trim()));
    if (cell) return { text: cell.trim() };
  }
  return null;
}

/** An agency credit line ("VNA/CVN") or a bare domain line ("Vnexpress.net"), the weakest page signals. */
export function creditFromBlocks(blocks: readonly ClassifiedBlock[]): string | null {
  const source = blocks.find((b) => b.kind === 'publisher-line' && SOURCE_NAME.test(b.text));
  const line = blocks.find((b) => b.kind === 'publisher-line' && isAgency(b.text));
  const domain = blocks.find((b) => b.kind === 'publisher-line' && DOMAIN_LINE.test(b.text));
  return (source && publisherOfLine(source.text)) ?? line?.text ?? domain?.text ?? null;
}

/** The host of a URL without "www.". */
export function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
