/** A piece of a sentence: offsets are relative to the sentence text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Offsets of one sentence inside the article body. */
export interface SentenceRef {
  id: string;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  index: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case- and accent-insensitive regex source for a phrase: spaces match any run of spaces, ' matches ’. */
export function phraseSource(folded: string): string {
  return escapeRe(folded).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
}

/** Word-bounded alternation of folded phrases, longest first. */
export function phrasesRegex(foldedPhrases: readonly string[]): RegExp {
  const sorted = [...new Set(foldedPhrases)].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every match of a global regex as spans of the original text (the regex runs on the folded text). */
export function matchSpans(original: string, folded: string, re: RegExp): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (const m of folded.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end > start) out.push({ start, end, text: original.slice(start, end) });
  }
  return out;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
