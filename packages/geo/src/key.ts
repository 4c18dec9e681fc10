import { foldText } from '@kizuna/model';

// most names are plain letters and single spaces: nothing to fold but the case
const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The lookup key of a place name or demonym: case, diacritics, dots and hyphens do not matter,
 * so "États-Unis" and "Etats Unis" → "etats unis", "U.S." → "us".
 */
export function geoKey(text: string): string {
  if (SIMPLE.test(text)) return text.toLowerCase();
  return foldText(text.normalize('NFC'))
    .replace(/[’ʼ`]/g, "'")
    .replace(/\.(?=\S)/g, '')
    .replace(/[.,\s‐‑–—-]+/g, ' ')
    .trim();
}

const ARTICLE = /^(?:the |les |la |le |l')/;

/** A key without its leading article ("les etats unis" → "etats unis"), for country names. */
export function withoutArticle(key: string): string {
  return key.replace(ARTICLE, '');
}
