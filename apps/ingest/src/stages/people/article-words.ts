import type { PeopleTools } from './people-tools.js';

const WORD = /(?<![\p{L}\p{M}'’-])[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
// what ends a sentence or opens a quotation: a capital after it may be the sentence's, not a name's
// ("M. Macron", "MM. Macron et Xi": a short capitalised abbreviation's dot ends no sentence)
const OPENER = /(?:^|(?<!(?:^|[^\p{L}])\p{Lu}\p{L}{0,2})[.!?:;«"“(\n]\s*|[.!?]["”»)]\s*)$/u;

const LINKED = /(?:^|[^\p{L}])(?:de|des|du|d['’]|la|le|les|l['’]|of|the|for|to|in|at|à|au|aux|en|pour|par)\s*$/iu;

/** How the article itself writes its words: which it writes in lower case, which capitalised mid-sentence. */
export interface ArticleWords {
  /** The article writes the word in lower case somewhere ("penny", "meeting"). */
  writesLower(word: string): boolean;
  /** The article writes the word alone, capitalised, inside a sentence ("MM. Macron et Xi"): a name's word. */
  nameAlone(word: string): boolean;
}

/** Read on the first question only: most articles never ask (their names are no dictionary words). */
export function articleWords(body: string): ArticleWords {
  let read: { lower: Set<string>; mid: Set<string> } | null = null;
  const sets = () => {
    read ??= readWords(body);
    return read;
  };
  return {
    writesLower: (w) => sets().lower.has(w.toLowerCase()),
    nameAlone: (w) => sets().mid.has(w),
  };
}

function readWords(body: string): { lower: Set<string>; mid: Set<string> } {
  const lower = new Set<string>();
  const mid = new Set<string>();
  let prevCap: { word: string; end: number; mid: boolean; joined: boolean } | null = null;
  const close = (p: typeof prevCap) => {
    if (p?.mid && !p.joined) mid.add(p.word);
  };
  for (const m of body.matchAll(WORD)) {
    const w = m[0];
    const start = m.index ?? 0;
    const first = w.charAt(0);
    if (first === first.toLowerCase()) {
      lower.add(w);
      close(prevCap);
      prevCap = null;
      continue;
    }
    // a capitalised word right after another one is part of a longer name or title
    const joined: boolean = !!prevCap && /^ $/.test(body.slice(prevCap.end, start));
    if (joined && prevCap) prevCap.joined = true;
    else close(prevCap);
    const before = body.slice(Math.max(0, start - 8), start);
    // "ministre des Armées", "the Parliament": a capital after an article or a link is a body's
    const mid = !OPENER.test(before) && !LINKED.test(before);
    prevCap = { word: w, end: start + w.length, mid, joined };
  }
  close(prevCap);
  return { lower, mid };
}

/**
 * The people tools as this article reads them: a dictionary word the article never writes in lower
 * case and writes alone, capitalised, inside a sentence ("Macron", "Blair") is a name here.
 */
export function withArticleWords(tools: PeopleTools, words: ArticleWords): PeopleTools {
  return {
    ...tools,
    article: words,
    isCommonWord: (w) => tools.isCommonWord(w) && (words.writesLower(w) || !words.nameAlone(w)),
  };
}
