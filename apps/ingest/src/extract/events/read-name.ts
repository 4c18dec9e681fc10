import { foldKeepLength } from '../text/fold.js';
import type { Span } from '../text/span.js';

const WORDS: Record<string, number> = {
  premier: 1,
  premiere: 1,
  first: 1,
  inaugural: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  third: 3,
  quatrieme: 4,
  fourth: 4,
  cinquieme: 5,
  fifth: 5,
  sixieme: 6,
  sixth: 6,
  septieme: 7,
  seventh: 7,
  huitieme: 8,
  eighth: 8,
  neuvieme: 9,
  ninth: 9,
  dixieme: 10,
  tenth: 10,
  onzieme: 11,
  eleventh: 11,
  douzieme: 12,
  twelfth: 12,
  treizieme: 13,
  thirteenth: 13,
  quatorzieme: 14,
  fourteenth: 14,
  quinzieme: 15,
  fifteenth: 15,
  seizieme: 16,
  sixteenth: 16,
  vingtieme: 20,
  twentieth: 20,
};
const ORDINAL = new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,3})\\s?(?:e|eme|er|ere|re|st|nd|rd|th)|(${Object.keys(WORDS).join('|')}))(?![\\p{L}\\d])(?!\\s+(?:ministre|minister|vice-ministre|secretaire|secretary))`,
  'giu',
);

/** What the words before a meeting word say: "13e réunion", "the 13th ASEAN-Japan … Meeting". */
export function readOrdinal(text: string, triggerStart: number): { value: number; start: number } | null {
  const before = foldKeepLength(text.slice(Math.max(0, triggerStart - 60), triggerStart));
  const offset = Math.max(0, triggerStart - 60);
  let found: { value: number; start: number } | null = null;
  for (const m of before.matchAll(ORDINAL)) {
    const between = before.slice((m.index ?? 0) + m[0].length);
    // the ordinal belongs to this noun phrase: no clause break, no more than five words between
    if (/[,;:.()]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 5) continue;
    if (/\b(?:a|ont|est|sont|was|were|is|has|have|pour|for)\b/.test(between)) continue;
    const value = m[1] ? Number(m[1]) : (WORDS[(m[2] ?? '').toLowerCase()] ?? 0);
    if (value > 0 && value < 200) found = { value, start: offset + (m.index ?? 0) };
  }
  return found;
}

/** The meeting's written name: from its ordinal or meeting word to the end of the noun phrase. */
export function readPhrase(text: string, start: number, triggerEnd: number): Span {
  const rest = text.slice(triggerEnd);
  const stop =
    /[,;:.!?]|\s[–—-]\s|\s(?:à|au|in|at|on|le|a|ont|s'est|s’est|has|have|was|were|qui|which|who|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)\s/u.exec(
      rest,
    );
  let end = triggerEnd + Math.min(stop ? stop.index : rest.length, 110);
  // never end inside an open bracket
  const open = text.slice(start, end).lastIndexOf('(');
  if (open >= 0 && !text.slice(start + open, end).includes(')')) {
    const close = text.indexOf(')', start + open);
    if (close >= 0 && close - end < 20) end = close + 1;
  }
  const phrase = text.slice(start, end).trimEnd();
  return { start, end: start + phrase.length, text: phrase };
}

/**
 * "…, the seventh such meeting", "la septième rencontre de ce type": an ordinal told after the
 * meeting, in apposition.
 */
export function readSuchOrdinal(text: string, triggerEnd: number): { value: number; start: number } | null {
  const rest = foldKeepLength(text.slice(triggerEnd));
  const m = new RegExp(
    `^[^.;]{0,160}?,\\s*(?:the|la|le)\\s+(?:(\\d{1,3})\\s?(?:e|eme|er|ere|re|st|nd|rd|th)|(${Object.keys(WORDS).join('|')}))\\s+(?:such\\s+\\p{L}+|\\p{L}+\\s+(?:de ce type|du genre|of its kind))`,
    'u',
  ).exec(rest);
  if (!m) return null;
  const value = m[1] ? Number(m[1]) : (WORDS[m[2] ?? ''] ?? 0);
  return value > 0 && value < 200 ? { value, start: triggerEnd + m[0].length } : null;
}

/** Short names in brackets or quotation marks next to the meeting: "(2+2)", "(ADMM-Plus)", « 2+2 ». */
export function readAliases(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(/[("“«]\s*([^()"“”«»]{1,16}?)\s*[)"”»]/gu)) {
    const a = (m[1] ?? '').trim();
    if (/\d|\+/.test(a) || /^[\p{Lu}][\p{Lu}\d-]{2,}$/u.test(a)) out.push(a);
  }
  return out;
}
