import { foldText } from '@kizuna/model';
import type { GeoPhrase } from '../../src/types.js';

// For measuring only: the ingest matches phrases with its own trie. This one looks up runs of up
// to six words in a map of folded forms, longest first.

const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu;
const MAX_WORDS = 6;

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
  phrase: GeoPhrase;
}

const key = (s: string) => foldText(s).replace(/’/g, "'").replace(/\s+/g, ' ');

/** Whether the text as written has the letter case the phrase asks for. */
function caseFits(text: string, phrase: GeoPhrase): boolean {
  if (phrase.letterCase === 'upper') return text === phrase.text;
  if (phrase.letterCase === 'capital') return text.charAt(0) !== text.charAt(0).toLowerCase();
  return true;
}

export function phraseFinder(phrases: readonly GeoPhrase[]): (text: string) => PhraseHit[] {
  const byKey = new Map(phrases.map((p) => [key(p.text), p]));
  return (text) => {
    const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const hits: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; ) {
      let hit: PhraseHit | undefined;
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1 && !hit; n--) {
        const start = tokens[i]?.start ?? 0;
        let end = tokens[i + n - 1]?.end ?? 0;
        const gap = text.slice(start, end);
        if (/[\n\r]/.test(gap)) continue;
        let phrase = byKey.get(key(gap));
        if (!phrase && gap.endsWith('.')) {
          end -= 1;
          phrase = byKey.get(key(gap.slice(0, -1)));
        }
        const written = text.slice(start, end);
        if (phrase && caseFits(written, phrase)) hit = { start, end, text: written, phrase };
        if (hit) i += n;
      }
      if (!hit) i++;
      else hits.push(hit);
    }
    return hits;
  };
}
