// franc scores every trigram of the text against ~80 language models; on pasted French or English
// news most of that work only confirms what a handful of function words already say. These lists
// keep only words that are frequent in one of the two languages and rare in the neighbours franc
// tells apart (no "de", "la", "il", "in", "is", "to", "on", "an": Romance, Germanic, Finnic words).
const FRENCH = new Set(
  'les et une dans pour avec sur est sont ont été cette ces aux du qui leur leurs par mais nous selon après lors deux'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and of that with from which this have has were are been their its said will would also they after'.split(' '),
);

// decisive only on enough text, with one language's markers frequent and the other's rare; French
// or English news runs at 9-20% markers, other Latin-script languages under 2% (test fixtures)
const MIN_WORDS = 40;
const MIN_SHARE = 0.06;
const MAX_OTHER = 0.25;
// franc reads no further than this either
const SCAN = 2048;

/** "fr" or "en" when the function words decide it beyond doubt, else null (ask franc). */
export function quickLanguage(text: string): 'fr' | 'en' | null {
  const words =
    text
      .slice(0, SCAN)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (FRENCH.has(w)) fr += 1;
    else if (ENGLISH.has(w)) en += 1;
  }
  if (fr >= MIN_SHARE * words.length && en <= MAX_OTHER * fr) return 'fr';
  if (en >= MIN_SHARE * words.length && fr <= MAX_OTHER * en) return 'en';
  return null;
}
