import type { Sentence, Source } from '@kizuna/model';

/** A piece of a sentence: offsets are relative to the sentence text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Offsets of one sentence inside the article body, and its place among the article's sentences. */
export interface SentenceRef extends Sentence {
  index: number;
}

/** A span of one sentence, by the sentence's index in the article. */
export interface Located {
  sentence: number;
  span: Span;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The article's sentences, each with its index. */
export const sentenceRefs = (sentences: readonly Sentence[]): SentenceRef[] =>
  sentences.map((s, index) => ({ ...s, index }));

/** The whole of a sentence as a span of itself. */
export const wholeSentence = (s: { text: string } | undefined): Span => ({
  start: 0,
  end: s?.text.length ?? 0,
  text: s?.text ?? '',
});

/** Where a located span stands in the body, as the model's Source. */
export function sourceOf(articleId: string, sentences: readonly Sentence[], at: Located): Source {
  const s = sentences[at.sentence];
  if (!s) throw new Error(`sentence ${at.sentence} out of range`);
  return { articleId, sentenceId: s.id, start: s.start + at.span.start, end: s.start + at.span.end };
}
