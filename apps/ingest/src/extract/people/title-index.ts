import type { TitlesFile } from '../lexicon/load-lexicon.js';
import { foldKeepLength } from '../text/fold.js';
import { matchSpans, phrasesRegex, type Span } from '../text/span.js';

export interface TitleHit extends Span {
  priority: number;
}

/** Finds title heads ("vice-ministre", "Prime Minister", "lieutenant-général") in a text. */
export interface TitleIndex {
  find(text: string): TitleHit[];
  isCourtesy(word: string): boolean;
  /** Folded words of every title, to cut name runs. */
  words: ReadonlySet<string>;
}

export function buildTitleIndex(t: TitlesFile): TitleIndex {
  const priority = new Map<string, number>();
  for (const e of t.titles) {
    const k = foldKeepLength(e.text);
    priority.set(k, Math.max(priority.get(k) ?? 0, e.priority));
  }
  const re = phrasesRegex([...priority.keys()]);
  const courtesy = new Set(t.courtesy.map((c) => foldKeepLength(c.replace(/\.$/, ''))));
  const words = new Set([...priority.keys()].flatMap((k) => k.split(/[^\p{L}]+/u)).filter((w) => w.length > 1));
  return {
    find(text) {
      const folded = foldKeepLength(text);
      return matchSpans(text, folded, re).map((s) => ({
        ...s,
        priority: priority.get(foldKeepLength(s.text).replace(/\s+/g, ' ')) ?? 1,
      }));
    },
    isCourtesy: (w) => courtesy.has(foldKeepLength(w.replace(/\.$/, ''))),
    words,
  };
}
