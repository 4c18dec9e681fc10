import { foldKeepLength } from '../text/fold.js';
import { copyEach, memo } from '../text/memo.js';
import { phraseMatcher } from '../text/phrase-trie.js';
import type { Span } from '../text/span.js';
import type { TitlesFile } from './data-files.js';

export interface TitleHit extends Span {
  priority: number;
  /** The lexicon's singular form when the text writes a plural ("Premiers ministres"). */
  singular: string | null;
}

/** Finds title heads ("vice-ministre", "Prime Minister", "lieutenant-général") in a text. */
export interface TitleIndex {
  find(text: string): TitleHit[];
  isCourtesy(word: string): boolean;
  /** Folded words of every title, to cut name runs. */
  words: ReadonlySet<string>;
  /** A word never part of a person's name ("Europe", "Bureau", "Camp"): regions, bodies, place heads. */
  isNotName(word: string): boolean;
}

export function buildTitleIndex(t: TitlesFile): TitleIndex {
  const priority = new Map<string, number>();
  const singular = new Map<string, string>();
  for (const e of t.titles) {
    const k = foldKeepLength(e.text);
    priority.set(k, Math.max(priority.get(k) ?? 0, e.priority));
    // plurals: "vice-ministres", "Premiers ministres", "Prime Ministers"
    if (/\p{L}$/u.test(k)) {
      const words = k.split(' ');
      const plural = (w: string) => (/[sx]$/.test(w) ? w : w.endsWith('al') ? `${w.slice(0, -2)}aux` : `${w}s`);
      for (const p of [
        words.map(plural).join(' '),
        [...words.slice(0, -1), plural(words[words.length - 1] ?? '')].join(' '),
      ]) {
        if (p !== k && !priority.has(p)) {
          priority.set(p, e.priority);
          singular.set(p, e.text);
        }
      }
    }
  }
  const matcher = phraseMatcher([...priority.keys()]);
  const courtesy = new Set(t.courtesy.map((c) => foldKeepLength(c.replace(/\.$/, ''))));
  const notNames = new Set(t.notNames.map((w) => foldKeepLength(w).toLowerCase()));
  const words = new Set([...priority.keys()].flatMap((k) => k.split(/[^\p{L}]+/u)).filter((w) => w.length > 1));
  return {
    find: memo(
      (text: string) => {
        const folded = foldKeepLength(text);
        return matcher.find(text, folded).map(({ phrase, ...s }) => ({
          ...s,
          priority: priority.get(phrase) ?? 1,
          singular: singular.get(phrase) ?? null,
        }));
      },
      512,
      copyEach,
    ),
    isCourtesy: (w) => courtesy.has(foldKeepLength(w.replace(/\.$/, ''))),
    words,
    isNotName: (w) => notNames.has(foldKeepLength(w).toLowerCase()),
  };
}
