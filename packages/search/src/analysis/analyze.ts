/// <reference path="./snowball-stemmers.d.ts" />
import { foldText } from '@kizuna/model';
import { newStemmer } from 'snowball-stemmers';
import { eng, fra } from 'stopword';
import { ordinalTerm, ordinalValue } from './ordinals.js';
import { forEachWord } from './words.js';

const french = newStemmer('french');
const english = newStemmer('english');

// bound on the word caches below, so that a long-running bot does not grow without limit
const STEM_CACHE_MAX = 200_000;
const STOPWORDS = new Set([...fra, ...eng].map((w) => foldText(w)));

// French elisions (l', d', qu', jusqu'…); "aujourd'hui" has an apostrophe that is not one
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=\p{L})/u;
// words after which "premier"/"first" means a head of government, not an ordinal
const NOT_ORDINAL_AFTER = /^(?:ministre|minister|ministers|ministres)$/;

/** A word of the text as typed, folded, before stemming. */
export interface RawToken {
  /** Lower-cased, apostrophes normalised, diacritics kept (the French stemmer needs them). */
  lower: string;
  /** Lower-cased and folded (no diacritics). */
  folded: string;
}

/** Lower-cases, unifies apostrophes, writes "2 + 2" / "two-plus-two" as "2+2" and "Viet Nam" as one word. */
export function normalizeText(text: string): string {
  let s = text
    .normalize('NFC')
    .replace(/[’ʼ‘`´]/g, "'")
    .toLowerCase();
  // most sentences hold none of these: a substring test is much cheaper than a regex scan
  const plus = s.includes('plus');
  if (plus) s = s.replace(/\b(?:two|deux)[\s-]+plus[\s-]+(?:two|deux)\b/g, '2+2');
  if (plus || s.includes('+')) s = s.replace(/(\d)\s*(?:\+|\bplus\b)\s*(\d)/g, '$1+$2');
  // "Viet Nam" / "Việt Nam" is the same word as "Vietnam"
  if (s.includes('nam')) s = s.replace(/\bvi[eệêế]t[\s-]nam/gu, 'vietnam');
  return s;
}

const foldCache = new Map<string, string>();
/** foldText, remembered: NFD and a regex per word add up over a corpus. */
function fold(word: string): string {
  let out = foldCache.get(word);
  if (out === undefined) {
    out = foldText(word);
    if (foldCache.size >= STEM_CACHE_MAX) foldCache.clear();
    foldCache.set(word, out);
  }
  return out;
}

/** A bounded memo: a long-running bot must not grow without limit. */
function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= STEM_CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

const wordCache = new Map<string, RawToken[]>();
/** The tokens of one matched word: elision and possessive removed, split at other apostrophes. */
function wordTokens(word: string): RawToken[] {
  const cached = wordCache.get(word);
  if (cached) return cached;
  const out: RawToken[] = [];
  if (word === "aujourd'hui" || !word.includes("'")) out.push({ lower: word, folded: fold(word) });
  else {
    const bare = word.replace(ELISION, '').replace(/'s$/, '');
    // any other apostrophe separates two words (e.g. "quelqu'un" stays split; harmless for search)
    for (const part of bare.split("'")) if (part) out.push({ lower: part, folded: fold(part) });
  }
  return remember(wordCache, word, out);
}

/** Splits text into words: elisions and English possessives removed, hyphenated words kept whole. */
export function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  forEachWord(normalizeText(text), (word) => {
    for (const token of wordTokens(word)) out.push(token);
  });
  return out;
}

// the Snowball port takes ~50 µs a word and text repeats its words: remember them
const stemCache = new Map<string, string[]>();

/** The stems a word can have: French (stemmed with diacritics, then folded) and English. */
function stems(token: RawToken): string[] {
  const cached = stemCache.get(token.lower);
  if (cached) return cached;
  const fr = foldText(french.stem(token.lower));
  const en = english.stem(token.folded);
  const out = fr === en ? [fr] : [fr, en];
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(token.lower, out);
  return out;
}

/**
 * One searchable word: the alternative index terms it may match. A query word matches a document
 * when any of its alternatives is among the document's terms.
 */
export type Term = readonly string[];

/** One token of a word as analysed on its own; an ordinal's reading also depends on the next token. */
interface TokenEntry {
  folded: string;
  /** The ordinal term when the token is an ordinal ("10e", "premier"). */
  ordinal: Term | null;
  /** The terms when it is not read as an ordinal. */
  terms: Term[];
  /** "ministre"/"minister": a preceding "premier"/"first" is not an ordinal. */
  blocksOrdinal: boolean;
}

const tokenEntryCache = new Map<string, TokenEntry[]>();
/** A matched word's tokens with their terms: a text repeats its words, so each is analysed once. */
function wordEntries(word: string): TokenEntry[] {
  const cached = tokenEntryCache.get(word);
  if (cached) return cached;
  const entries = wordTokens(word).map((token): TokenEntry => {
    const ordinal = ordinalOf(token.folded);
    return {
      folded: token.folded,
      ordinal: ordinal === null ? null : [ordinalTerm(ordinal)],
      terms: tokenTerms(token),
      blocksOrdinal: NOT_ORDINAL_AFTER.test(token.folded),
    };
  });
  return remember(tokenEntryCache, word, entries);
}

/**
 * Analyses French or English text into terms: elision, folding, stopwords, Snowball stems (both
 * languages, since a query and a document may differ), ordinals ("10e", "dixième", "10th") as one
 * term, "2+2" kept whole, and hyphenated words both whole and split.
 */
export function analyze(text: string): Term[] {
  const terms: Term[] = [];
  // the token before the current one, held back until the next token says whether it is an ordinal
  let held: TokenEntry | undefined;
  const emit = (entry: TokenEntry, next: TokenEntry | undefined) => {
    if (entry.ordinal && !next?.blocksOrdinal) terms.push(entry.ordinal);
    else for (const term of entry.terms) terms.push(term);
  };
  forEachWord(normalizeText(text), (word) => {
    for (const entry of wordEntries(word)) {
      if (held) emit(held, entry);
      held = entry;
    }
  });
  if (held) emit(held, undefined);
  return terms;
}

// where joining two pieces with a space can make "2+2" of "2" and "+ 2" (or "two" and "plus two")
const ENDS_NUMBER = /(?:\d|two|deux)[\s-]*$/i;
const STARTS_PLUS = /^[\s-]*(?:\+|plus)/i;
const ENDS_PLUS = /(?:\+|plus)[\s-]*$/i;
const STARTS_NUMBER = /^[\s-]*(?:\d|two|deux)/i;
const BLANK = /^\s*$/;

/** Whether `analyze` may read the two pieces differently once joined than each alone. */
function joinMatters(left: string, leftTerms: readonly Term[], right: string): boolean {
  // an ordinal is read by the word after it ("premier" before "ministre" is not one)
  if (leftTerms[leftTerms.length - 1]?.[0]?.startsWith('#')) return true;
  if (BLANK.test(left) || BLANK.test(right)) return true;
  return (ENDS_NUMBER.test(left) && STARTS_PLUS.test(right)) || (ENDS_PLUS.test(left) && STARTS_NUMBER.test(right));
}

/**
 * The terms of `analyze(pieces.join(' \n '))`, in parts: each piece's own terms (which
 * `analyzeText` may remember, so a part is often shared: names, roles and places repeat across
 * meetings), or the joined text's alone where the join could change a reading (an ordinal before
 * "ministre", "2" before "+ 2").
 */
export function analyzeParts(
  pieces: readonly string[],
  analyzeText: (text: string) => readonly Term[] = analyze,
): (readonly Term[])[] {
  const parts: (readonly Term[])[] = [];
  const last = pieces.length - 1;
  for (let i = 0; i <= last; i++) {
    const piece = pieces[i] as string;
    const terms = analyzeText(piece);
    if (i < last && joinMatters(piece, terms, pieces[i + 1] as string)) return [analyze(pieces.join(' \n '))];
    parts.push(terms);
  }
  return parts;
}

/** `analyze(pieces.join(' \n '))`, from the pieces' own terms where the join changes nothing. */
export function analyzeJoined(
  pieces: readonly string[],
  analyzeText: (text: string) => readonly Term[] = analyze,
): Term[] {
  return analyzeParts(pieces, analyzeText).flat();
}

const ordinalCache = new Map<string, number | null>();
const ordinalOf = (folded: string): number | null => {
  const cached = ordinalCache.get(folded);
  return cached !== undefined ? cached : remember(ordinalCache, folded, ordinalValue(folded));
};

const termCache = new Map<string, Term[]>();
/** The terms of a token that is not an ordinal: they depend on the token alone, so once per word. */
function tokenTerms(token: RawToken): Term[] {
  const cached = termCache.get(token.lower);
  if (cached) return cached;
  const terms: Term[] = [];
  if (token.folded.includes('+')) terms.push([token.folded]);
  else if (token.folded.includes('-')) {
    const parts = token.lower.split('-').filter(Boolean);
    const joined = token.lower.replaceAll('-', '');
    terms.push(stems({ lower: joined, folded: fold(joined) }));
    for (const lower of parts) addWord({ lower, folded: fold(lower) }, terms);
  } else addWord(token, terms);
  return remember(termCache, token.lower, terms);
}

function addWord(token: RawToken, terms: Term[]): void {
  if (STOPWORDS.has(token.folded)) return;
  if (/^\d+$/.test(token.folded)) {
    terms.push([token.folded]);
    return;
  }
  if (token.folded.length < 2) return;
  terms.push(stems(token));
}

/** Every term a document holds (all alternatives of every word). */
export function documentTerms(text: string): string[] {
  return analyze(text).flat();
}
