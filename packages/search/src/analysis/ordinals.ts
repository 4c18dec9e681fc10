// Ordinal words up to 20 in French and English; larger ordinals are written with digits in practice.
const FRENCH = [
  'premier|premiere|premiers|premieres',
  'deuxieme|second|seconde',
  'troisieme',
  'quatrieme',
  'cinquieme',
  'sixieme',
  'septieme',
  'huitieme',
  'neuvieme',
  'dixieme',
  'onzieme',
  'douzieme',
  'treizieme',
  'quatorzieme',
  'quinzieme',
  'seizieme',
  'dix-septieme',
  'dix-huitieme',
  'dix-neuvieme',
  'vingtieme',
];
const ENGLISH = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

const WORDS = new Map<string, number>();
FRENCH.forEach((forms, i) => {
  for (const f of forms.split('|')) WORDS.set(f, i + 1);
});
ENGLISH.forEach((w, i) => {
  WORDS.set(w, i + 1);
});

// 10e, 10ème, 10eme, 10è, 1er, 1re, 1ère, 2nde, 2d, 10th, 1st, 2nd, 3rd (already folded and lower-cased)
const NUMERIC = /^(\d{1,3})(?:e|eme|ieme|er|re|ere|nde|nd|d|th|st|rd)$/;

/** The number an ordinal token stands for ("dixieme", "10e", "10th" → 10), or null. Expects folded lower case. */
export function ordinalValue(token: string): number | null {
  const word = WORDS.get(token);
  if (word !== undefined) return word;
  const m = NUMERIC.exec(token);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}

/** The index term of an ordinal, shared by queries and documents. */
export const ordinalTerm = (n: number): string => `#${n}`;
