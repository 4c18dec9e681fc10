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

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
