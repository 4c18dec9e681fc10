import { foldText } from '@kizuna/model';
import { newStemmer } from 'snowball-stemmers';
import { eng, fra } from 'stopword';
import { ordinalTerm, ordinalValue } from './ordinals.js';

const french = newStemmer('french');
const english = newStemmer('english');

// bound on the word caches below, so that a long-running bot does not grow without limit
const STEM_CACHE_MAX = 200_000;
const STOPWORDS = new Set([...fra, ...eng].map((w) => foldText(w)));

// French elisions (l', d', qu', jusqu'…); "aujourd'hui" has an apostrophe that is not one
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=\p{L})/u;
const WORD = /[\p{L}\p{N}]+(?:['+-][\p{L}\p{N}]+)*/gu;
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
  return (
    text
      .normalize('NFC')
      .replace(/[’ʼ‘`´]/g, "'")
      .toLowerCase()
      .replace(/\b(?:two|deux)[\s-]+plus[\s-]+(?:two|deux)\b/g, '2+2')
      .replace(/(\d)\s*(?:\+|\bplus\b)\s*(\d)/g, '$1+$2')
      // "Viet Nam" / "Việt Nam" is the same word as "Vietnam"
      .replace(/\bvi[eệêế]t[\s-]nam/gu, 'vietnam')
  );
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
  for (const m of normalizeText(text).matchAll(WORD)) out.push(...wordTokens(m[0]));
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

/**
 * Analyses French or English text into terms: elision, folding, stopwords, Snowball stems (both
 * languages, since a query and a document may differ), ordinals ("10e", "dixième", "10th") as one
 * term, "2+2" kept whole, and hyphenated words both whole and split.
 */
export function analyze(text: string): Term[] {
  const tokens = rawTokens(text);
  const terms: Term[] = [];
  tokens.forEach((token, i) => {
    const ordinal = ordinalOf(token.folded);
    if (ordinal !== null && !NOT_ORDINAL_AFTER.test(tokens[i + 1]?.folded ?? '')) {
      terms.push([ordinalTerm(ordinal)]);
      return;
    }
    for (const term of tokenTerms(token)) terms.push(term);
  });
  return terms;
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
