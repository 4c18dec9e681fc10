import { nameTokens } from '@kizuna/model';
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { prefixMatch } from './index/fuzzy.js';

/** Something the user can pick: what is shown, what is sent back, and the words it is found by. */
export interface Label {
  name: string;
  value: string;
  /** Folded words (see `labelWords`). */
  words: readonly string[];
  /** Higher first when the typed text is empty or matches equally. */
  rank: number;
}

/** Discord's limits on a choice. */
export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

/** Folded words of the texts, split like names (spaces, hyphens, glued capitals). */
export function labelWords(...texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const t of texts) if (t) for (const w of textWords(t)) words.add(w);
  return [...words];
}

// labels repeat their texts (participants, places, publishers, years): split each text once
const WORDS_CACHE_MAX = 100_000;
const wordsCache = new Map<string, readonly string[]>();
function textWords(text: string): readonly string[] {
  let words = wordsCache.get(text);
  if (!words) {
    words = nameTokens(text.replace(/(\d)\s*\+\s*(\d)/g, '$1plus$2'));
    if (wordsCache.size >= WORDS_CACHE_MAX) wordsCache.clear();
    wordsCache.set(text, words);
  }
  return words;
}

/** Cuts text to `max` characters with an ellipsis. */
export const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** Labels whose words start with every typed word (one typo allowed per word), best first, with their scores. */
export function rankLabels(labels: readonly Label[], typed: string): { label: Label; score: number }[] {
  const words = labelWords(typed);
  // labels share most of their words (names, places, years): match each distinct word once per typed word
  const matches = words.map(() => new Map<string, 0 | 1 | 2>());
  const scored: { label: Label; score: number }[] = [];
  for (const label of labels) {
    let score = 0;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      const seen = matches[k] as Map<string, 0 | 1 | 2>;
      let best = 0;
      for (const lw of label.words) {
        let m = seen.get(lw);
        if (m === undefined) {
          m = prefixMatch(w, lw);
          seen.set(lw, m);
        }
        if (m > best) best = m;
        if (best === 2) break;
      }
      if (!best) {
        ok = false;
        break;
      }
      score += best;
    }
    if (ok) scored.push({ label, score });
  }
  return scored.sort((a, b) => b.score - a.score || b.label.rank - a.label.rank);
}

/** The best labels as Discord choices: at most 25, names and values cut to 100 characters. */
export function completeLabels(labels: readonly Label[], typed: string): APIApplicationCommandOptionChoice[] {
  return rankLabels(labels, typed)
    .slice(0, MAX_CHOICES)
    .map(({ label }) => ({
      name: clip(label.name, MAX_CHOICE_LENGTH),
      value: clip(label.value, MAX_CHOICE_LENGTH),
    }));
}
