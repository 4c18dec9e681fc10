import { foldText } from '@kizuna/model';

// most names are plain letters and single spaces: nothing to fold but the case
const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const COMBINING = /[\u0300-\u036f]/;
const SEPARATORS = new Set([' ', '\t', '\n', '\r', '\u00a0', ',', '-', '‐', '‑', '–', '—']);
const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', 'ʻ', '`']);
// letters that do not decompose into a base letter and a mark
const SPECIAL: Record<string, string> = { ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', ı: 'i' };

// the city index keys some 25,000 names: folding one character at a time, cached, is several
// times faster than normalising each name (README.md, "Load time")
const folded = new Map<string, string>();
function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = SPECIAL[ch] ?? foldText(ch);
    folded.set(ch, f);
  }
  return f;
}

/**
 * The lookup key of a place name or demonym: case, diacritics, dots and hyphens do not matter,
 * so "États-Unis" and "Etats Unis" → "etats unis", "U.S." → "us", "Washington, D.C." → "washington dc".
 */
export function geoKey(text: string): string {
  if (SIMPLE.test(text)) return text.toLowerCase();
  const s = COMBINING.test(text) ? text.normalize('NFC') : text;
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '.') {
      // a dot inside a word goes ("U.S."); one before a space or at the end parts words
      const next = s.charAt(i + 1);
      if (next && !SEPARATORS.has(next)) continue;
      gap = true;
    } else if (SEPARATORS.has(ch)) gap = true;
    else {
      if (gap && out) out += ' ';
      gap = false;
      out += APOSTROPHES.has(ch) ? "'" : foldChar(ch);
    }
  }
  return out;
}

const ARTICLE = /^(?:the |les |la |le |l')/;

/** A key without its leading article ("les etats unis" → "etats unis"), for country names. */
export function withoutArticle(key: string): string {
  return key.replace(ARTICLE, '');
}
