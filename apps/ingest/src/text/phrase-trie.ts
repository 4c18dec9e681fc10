import type { Span } from './span.js';

// A phrase regex (one alternation; test/text/phrase-regex-oracle.ts) is tried by the regex
// engine at every position of every sentence, behind a look-behind that defeats its
// first-character scan. Walking a character trie from word starts finds the same matches in a
// fraction of the time; no library does this word-bounded, whitespace-folding match on UTF-16
// offsets, hence by hand.

interface Node {
  next: Map<string, Node>;
  /** A run of whitespace (`\s+` in the regex). */
  space: Node | undefined;
  /** ' or ’ */
  apos: Node | undefined;
  /** The phrase ending here, its whitespace runs written as one space; null inside a phrase. */
  phrase: string | null;
}

const node = (): Node => ({ next: new Map(), space: undefined, apos: undefined, phrase: null });

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const asciiWord = new Uint8Array(128).map((_, c) => (WORD.test(String.fromCharCode(c)) ? 1 : 0));

function isWordCodePoint(cp: number): boolean {
  return cp < 128 ? asciiWord[cp] === 1 : WORD.test(String.fromCodePoint(cp));
}

/** Whether the code point at `i` is a letter or number (false past the end). */
function wordAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && isWordCodePoint(cp);
}

/** Whether the code point ending just before `i` is a letter or number. */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWordCodePoint(text.codePointAt(i - 2) as number);
  }
  return isWordCodePoint(low);
}

const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)));

/** A phrase found: where, and which phrase (as the folded match with its whitespace runs as one space). */
export interface PhraseSpan extends Span {
  phrase: string;
}

export interface PhraseMatcher {
  /** Spans of `original` where a phrase matches the folded text (same offsets), left to right. */
  find(original: string, folded: string): PhraseSpan[];
}

/** The trie of the phrases: one node per character, whitespace runs and apostrophes as their own edges. */
function buildTrie(foldedPhrases: readonly string[]): Node {
  const root = node();
  for (const phrase of foldedPhrases) {
    if (!phrase) continue;
    let at = root;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      if (isSpace(c)) {
        while (i + 1 < phrase.length && isSpace(phrase.charCodeAt(i + 1))) i++;
        at.space ??= node();
        at = at.space;
      } else if (c === 39) {
        at.apos ??= node();
        at = at.apos;
      } else {
        const ch = phrase.charAt(i);
        let next = at.next.get(ch);
        if (!next) {
          next = node();
          at.next.set(ch, next);
        }
        at = next;
      }
    }
    at.phrase = phrase.replace(/\s+/g, ' ');
  }
  return root;
}

/** End of the longest phrase starting at `start` (-1 for none); that phrase is left in `hit.phrase`. */
function longestAt(root: Node, text: string, start: number, hit: { phrase: string }): number {
  let at: Node | undefined = root;
  let pos = start;
  let best = -1;
  const n = text.length;
  while (at) {
    if (at.phrase !== null && !wordAt(text, pos)) {
      best = pos;
      hit.phrase = at.phrase;
    }
    if (pos >= n) break;
    const c = text.charCodeAt(pos);
    if (isSpace(c)) {
      if (!at.space) break;
      const from = pos;
      while (pos < n && isSpace(text.charCodeAt(pos))) pos++;
      at = at.space;
      // a phrase ending in whitespace before a letter ends one space short, as the regex backtracks
      if (at.phrase !== null && wordAt(text, pos) && pos - from >= 2) {
        best = pos - 1;
        hit.phrase = at.phrase;
      }
      continue;
    }
    if ((c === 39 || c === 0x2019) && at.apos) {
      at = at.apos;
      pos++;
      continue;
    }
    at = at.next.get(text.charAt(pos));
    pos++;
  }
  return best;
}

/** Every phrase of the trie in the folded text, left to right, as spans of the original. */
function findPhrases(root: Node, original: string, folded: string): PhraseSpan[] {
  const out: PhraseSpan[] = [];
  const hit = { phrase: '' };
  const n = folded.length;
  for (let i = 0; i < n; ) {
    // most positions are inside a word: the cheap check first
    const before = i > 0 ? folded.charCodeAt(i - 1) : 32;
    if (before < 128 && asciiWord[before] === 1) {
      i++;
      continue;
    }
    const c = folded.charCodeAt(i);
    const opens = isSpace(c)
      ? root.space !== undefined
      : ((c === 39 || c === 0x2019) && root.apos !== undefined) || root.next.has(folded.charAt(i));
    if (opens && !wordBefore(folded, i)) {
      const end = longestAt(root, folded, i, hit);
      if (end > i) {
        out.push({ start: i, end, text: original.slice(i, end), phrase: hit.phrase });
        i = end;
        continue;
      }
    }
    i++;
  }
  return out;
}

/**
 * Matches folded phrases as the phrase regex did (the test oracle): not inside a word on either
 * side, whitespace in a phrase matches any run of whitespace, ' matches ’, and at each start the
 * longest phrase that ends at a word boundary wins; the search goes on after the match.
 */
export function phraseMatcher(foldedPhrases: readonly string[]): PhraseMatcher {
  const root = buildTrie(foldedPhrases);
  return { find: (original, folded) => findPhrases(root, original, folded) };
}
