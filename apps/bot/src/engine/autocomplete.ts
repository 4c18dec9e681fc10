import { nameTokens } from '@kizuna/model';
import { cutText } from '../core/discord-limits.js';
import { prefixMatch } from './index/fuzzy.js';

/** Something the user can pick: what is shown, what is sent back, and the words it is found by. */
export interface Label {
  name: string;
  value: string;
  /** Sent back instead of a value too long to send, cut to fit (it is found again by its words). */
  fallback?: string;
  /** Folded words (see `labelWords`). */
  words: readonly string[];
  /** Higher first when the typed text is empty or matches equally. */
  rank: number;
}

/** A completion offered to the user: what is shown and what is sent back. */
export interface Completion {
  name: string;
  value: string;
}

/** How many completions a front can show, and how long a name or value may be. */
export interface CompletionLimits {
  count: number;
  length: number;
}

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
// lower-case ASCII letters and digits are one token as they are (ids, numbers, file names)
const PLAIN = /^[a-z0-9]+$/;

function pieceWords(piece: string): readonly string[] {
  if (PLAIN.test(piece)) return [piece];
  let words = pieceCache.get(piece);
  if (!words) {
    words = nameTokens(piece);
    if (pieceCache.size >= WORDS_CACHE_MAX) pieceCache.clear();
    pieceCache.set(piece, words);
  }
  return words;
}

// whole texts repeat too (a participant's name in every meeting they attend)
const textCache = new Map<string, readonly string[]>();

function textWords(text: string): readonly string[] {
  let out = textCache.get(text);
  if (out) return out;
  const joined = text.includes('+') ? text.replace(/(\d)\s*\+\s*(\d)/g, '$1plus$2') : text;
  const words: string[] = [];
  for (const piece of joined.split(/\s+/)) if (piece) for (const w of pieceWords(piece)) words.push(w);
  out = words;
  if (textCache.size >= WORDS_CACHE_MAX) textCache.clear();
  textCache.set(text, out);
  return out;
}

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
    if (typedWords.length === 1 && Number.isFinite(limit)) return this.rankOneWord(typedWords[0] as string, limit);
    const n = this.byRank.length;
    // per label position: the sum of its best match per typed word, how many typed words matched,
    // and the best match for the current typed word (typed arrays: a short prefix touches thousands)
    const score = new Uint16Array(n);
    const matched = new Uint8Array(n);
    const best = new Uint8Array(n);
    typedWords.forEach((typedWord, k) => {
      const touched: number[] = [];
      for (let id = 0; id < this.words.length; id++) {
        const m = prefixMatch(typedWord, this.words[id] as string);
        if (!m) continue;
        for (const pos of this.holders[id] as number[]) {
          // only labels that matched every earlier typed word can still match them all
          if (matched[pos] !== k) continue;
          if (best[pos] === 0) touched.push(pos);
          if (m > (best[pos] as number)) best[pos] = m;
        }
      }
      for (const pos of touched) {
        matched[pos] = k + 1;
        score[pos] = (score[pos] as number) + (best[pos] as number);
        best[pos] = 0;
      }
    });
    // scores are small integers: one bucket per score, each filled in rank order, no sort
    const all = typedWords.length;
    const buckets: number[][] = Array.from({ length: 2 * all + 1 }, () => []);
    for (let pos = 0; pos < n; pos++) {
      if (matched[pos] !== all) continue;
      const bucket = buckets[score[pos] as number] as number[];
      if (bucket.length < limit) bucket.push(pos);
    }
    const out: { label: Label; score: number }[] = [];
    for (let s = 2 * all; s > 0 && out.length < limit; s--) {
      for (const pos of buckets[s] as number[]) {
        if (out.length >= limit) break;
        out.push({ label: this.byRank[pos] as Label, score: s });
      }
    }
    return out;
  }

  /**
   * One typed word, the usual keystroke: exact prefixes (2) before typos (1), each by position.
   * Holder lists are ascending, so the first `limit` of each are enough: "r" matching thousands of
   * labels reads a few lists' heads, not every label.
   */
  private rankOneWord(typed: string, limit: number): { label: Label; score: number }[] {
    const exact: number[][] = [];
    const typo: number[][] = [];
    for (let id = 0; id < this.words.length; id++) {
      const m = prefixMatch(typed, this.words[id] as string);
      if (m === 2) exact.push(this.holders[id] as number[]);
      else if (m === 1) typo.push(this.holders[id] as number[]);
    }
    const best = smallest(exact, limit, null);
    const out = best.map((pos) => ({ label: this.byRank[pos] as Label, score: 2 }));
    // fewer than `limit` exact matches means every exact list was read whole: `best` is all of them
    if (out.length < limit) {
      const taken = new Set(best);
      for (const pos of smallest(typo, limit - out.length, taken)) {
        out.push({ label: this.byRank[pos] as Label, score: 1 });
      }
    }
    return out;
  }

  /** The best labels as completions, within the limits: names cut with an ellipsis, long values replaced. */
  complete(typed: string, limits: CompletionLimits): Completion[] {
    return this.rank(typed, limits.count).map(({ label }) => ({
      name: cutText(label.name, limits.length),
      value: fitValue(label, limits.length),
    }));
  }
}

/** The `limit` smallest distinct numbers of ascending lists, leaving out `skip`. */
function smallest(lists: readonly number[][], limit: number, skip: ReadonlySet<number> | null): number[] {
  const picked = new Set<number>();
  for (const list of lists) {
    let kept = 0;
    for (const pos of list) {
      if (kept >= limit) break;
      if (skip?.has(pos)) continue;
      picked.add(pos);
      kept += 1;
    }
  }
  return [...picked].sort((a, b) => a - b).slice(0, limit);
}

function fitValue(label: Label, max: number): string {
  if (label.value.length <= max) return label.value;
  return label.fallback === undefined ? cutText(label.value, max) : cutText(label.fallback, max, '');
}

/** `LabelIndex.complete` for a short list made on the spot (a few countries). */
export function completeLabels(labels: readonly Label[], typed: string, limits: CompletionLimits): Completion[] {
  return new LabelIndex(labels).complete(typed, limits);
}
