import { foldKeepLength } from './fold.js';

/** Ordinal words, folded, and their numbers. */
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
