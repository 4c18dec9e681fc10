// French and English inflection of demonyms. The packages give one masculine and one feminine
// singular form (world-countries `demonyms.fra.{m,f}`, `demonyms.eng.{m,f}`); the plurals and a
// missing feminine follow the regular rules of each language. No package inflects demonyms.

const INVARIANT_FR = /[sxz]$/;

/** The feminine of a French masculine demonym when a package gives none ("coréen" → "coréenne"). */
export function frenchFeminine(masculine: string): string {
  if (masculine.endsWith('e')) return masculine;
  if (/(?:en|on)$/.test(masculine)) return `${masculine}ne`;
  if (masculine.endsWith('c')) return `${masculine.slice(0, -1)}que`;
  return `${masculine}e`;
}

/** The plural of a French demonym: "japonais" stays, "coréen" → "coréens", "coréenne" → "coréennes". */
export function frenchPlural(singular: string): string {
  return INVARIANT_FR.test(singular) ? singular : `${singular}s`;
}

/**
 * Every gender and number of a French demonym, in lower case as French writes adjectives
 * ("Sud-coréen" → sud-coréen, sud-coréenne, sud-coréens, sud-coréennes). Entries joining two
 * peoples ("antiguaise et barbudienne") give nothing: they are not one word.
 */
export function frenchForms(masculine: string, feminine: string | undefined): string[] {
  const m = masculine.trim().toLocaleLowerCase('fr');
  if (!m || /\s(?:et|ou)\s/.test(m)) return [];
  const f = feminine?.trim() ? feminine.trim().toLocaleLowerCase('fr') : frenchFeminine(m);
  if (/\s(?:et|ou)\s/.test(f)) return unique([m, frenchPlural(m)]);
  return unique([m, f, frenchPlural(m), frenchPlural(f)]);
}

// "the French", "the Swiss", "the Japanese": these adjectives are also the plural noun
const INVARIANT_EN = /(?:ese|ish|ss|nch|tch|sh|[xyz])$/;

/** The plural noun of an English demonym: "Filipino" → "Filipinos", "Japanese" and "French" stay. */
export function englishPlural(singular: string): string | null {
  return INVARIANT_EN.test(singular) ? null : `${singular}s`;
}

/**
 * The English forms of a demonym entry, which may list several ("Bosnian, Herzegovinian",
 * "Kittitian or Nevisian"), with their plurals.
 */
export function englishForms(entry: string): string[] {
  const out: string[] = [];
  for (const part of entry.split(/,\s*|\s+or\s+/)) {
    const word = part.trim();
    if (!word) continue;
    out.push(word);
    const plural = englishPlural(word);
    if (plural) out.push(plural);
  }
  return unique(out);
}

function unique(forms: string[]): string[] {
  return [...new Set(forms)];
}
