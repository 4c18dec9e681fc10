import type { Article, Sentence, Source } from '@kizuna/model';
import { analyzeQuery, type Hit, type IndexedDoc, type Term } from '@kizuna/search';
import { squash } from './meeting-groups.js';
import type { Quote } from './quotes.js';

/** A sentence that matches free text. */
export interface SentenceHit {
  quote: Quote;
  sentence: Sentence;
  score: number;
}

/** What the sentence index holds per document. */
export interface SentenceDocId {
  article: Article;
  sentence: Sentence;
}

/**
 * One document per distinct sentence text, standing for every copy (reprints, clones), as the
 * index reads them. Its id is the first copy: a search showing one copy per text shows that one.
 */
export function* sentenceDocs(
  articles: readonly Article[],
  analyzeText: (text: string) => Term[],
): Generator<IndexedDoc<SentenceDocId>> {
  const copies = new Map<string, { article: Article; sentence: Sentence; count: number }>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      const first = copies.get(sentence.text);
      if (first) first.count += 1;
      else copies.set(sentence.text, { article, sentence, count: 1 });
    }
  }
  for (const [text, { article, sentence, count }] of copies) {
    yield { id: { article, sentence }, fields: [{ weight: 1, terms: analyzeText(text) }], count };
  }
}

/** Best sentences for free text, at most `limit`, keeping only those close to the best match. */
export function searchSentences(
  index: { rank(terms: readonly Term[]): Iterable<Hit<SentenceDocId>> },
  text: string,
  limit: number,
): SentenceHit[] {
  const terms = analyzeQuery(text);
  const seenTexts = new Set<string>();
  const seen = new Set<string>();
  const out: SentenceHit[] = [];
  let floor: number | undefined;
  for (const h of index.rank(terms)) {
    // the first hit is the best; after it, once one is below the floor all the rest are
    floor ??= Math.max(1 / Math.max(terms.length, 1), h.coverage / 2);
    if (h.coverage < floor) break;
    const { article, sentence } = h.id;
    // the same sentence reprinted by two outlets shows once (the same text is squashed once)
    if (seenTexts.has(sentence.text)) continue;
    seenTexts.add(sentence.text);
    const key = squash(sentence.text);
    if (seen.has(key)) continue;
    seen.add(key);
    const source: Source = { articleId: article.id, sentenceId: sentence.id, start: sentence.start, end: sentence.end };
    out.push({ quote: { text: sentence.text, source, article }, sentence, score: h.score });
    if (out.length >= limit) break;
  }
  return out;
}
