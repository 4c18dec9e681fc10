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

// labels repeat their words (names, places, publishers, title words): each is split once. A text's
// name tokens are its space-separated pieces' tokens (nameTokens never joins across a space).
const WORDS_CACHE_MAX = 100_000;
const pieceCache = new Map<string, readonly string[]>();
function pieceWords(piece: string): readonly string[] {
  let words = pieceCache.get(piece);
  if (!words) {
    words = nameTokens(piece);
    if (pieceCache.size >= WORDS_CACHE_MAX) pieceCache.clear();
    pieceCache.set(piece, words);
  }
  return words;
}

function textWords(text: string): string[] {
  const joined = text.includes('+') ? text.replace(/(\d)\s*\+\s*(\d)/g, '$1plus$2') : text;
  const out: string[] = [];
  for (const piece of joined.split(/\s+/)) if (piece) for (const w of pieceWords(piece)) out.push(w);
  return out;
}

/** Cuts text to `max` characters with an ellipsis. */
export const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * Labels found by the words they start with, built once per label list. Written by hand: the
 * ranking (every typed word must prefix-match a label word, one typo allowed, exact beats typo,
 * then the label's rank) is not MiniSearch's, and scanning every label per keystroke cost ~10 ms
 * at 10k articles. Here each distinct label word is matched once per typed word and only the
 * labels holding a matching word are looked at.
 */
export class LabelIndex {
  /** Labels by rank, highest first (ties in given order): a position orders as a full sort would. */
  private readonly byRank: readonly Label[];
  private readonly words: string[] = [];
  /** Per distinct word, the positions of the labels holding it, ascending. */
  private readonly holders: number[][] = [];

  constructor(labels: readonly Label[]) {
    this.byRank = labels
      .map((label, i) => ({ label, i }))
      .sort((a, b) => b.label.rank - a.label.rank || a.i - b.i)
      .map((x) => x.label);
    const ids = new Map<string, number>();
    this.byRank.forEach((label, pos) => {
      for (const w of label.words) {
        let id = ids.get(w);
        if (id === undefined) {
          id = this.words.length;
          ids.set(w, id);
          this.words.push(w);
          this.holders.push([]);
        }
        const list = this.holders[id] as number[];
        // a label listing a word twice is held once
        if (list[list.length - 1] !== pos) list.push(pos);
      }
    });
  }

  /** Labels matching every typed word, best first (score, then rank), at most `limit`, with their scores. */
  rank(typed: string, limit = Number.POSITIVE_INFINITY): { label: Label; score: number }[] {
    const typedWords = labelWords(typed);
    if (!typedWords.length) return this.byRank.slice(0, limit).map((label) => ({ label, score: 0 }));
    const n = this.byRank.length;
    // per label position, the sum of its best match per typed word, and how many typed words matched
    const score = new Uint16Array(n);
    const matched = new Uint8Array(n);
    let candidates: number[] = [];
    typedWords.forEach((typedWord, k) => {
      const best = new Map<number, number>();
      for (let id = 0; id < this.words.length; id++) {
        const m = prefixMatch(typedWord, this.words[id] as string);
        if (!m) continue;
        for (const pos of this.holders[id] as number[]) {
          // only labels that matched every earlier typed word can still match them all
          if (matched[pos] !== k) continue;
          if (m > (best.get(pos) ?? 0)) best.set(pos, m);
        }
      }
      candidates = [];
      for (const [pos, m] of best) {
        matched[pos] = k + 1;
        score[pos] = (score[pos] as number) + m;
        candidates.push(pos);
      }
    });
    candidates.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
    return candidates.slice(0, limit).map((pos) => ({ label: this.byRank[pos] as Label, score: score[pos] as number }));
  }

  /** The best labels as Discord choices: at most 25, names and values cut to 100 characters. */
  complete(typed: string): APIApplicationCommandOptionChoice[] {
    return this.rank(typed, MAX_CHOICES).map(({ label }) => ({
      name: clip(label.name, MAX_CHOICE_LENGTH),
      value: clip(label.value, MAX_CHOICE_LENGTH),
    }));
  }
}

/** `LabelIndex.complete` for a short list made on the spot (a few countries). */
export function completeLabels(labels: readonly Label[], typed: string): APIApplicationCommandOptionChoice[] {
  return new LabelIndex(labels).complete(typed);
}
