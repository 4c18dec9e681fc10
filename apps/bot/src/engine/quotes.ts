import type { Article, CorpusEvent, Source } from '@kizuna/model';
import { analyze } from '@kizuna/search';

// a sentence with fewer words than this besides stopwords ("Lors de l'entretien téléphonique.")
// tells the reader nothing the reply does not already say
const MIN_CONTENT_WORDS = 4;

/** Whether a quote says something: enough words besides stopwords to be a fact. */
export function isInformative(text: string): boolean {
  return analyze(text).length >= MIN_CONTENT_WORDS;
}

/** A verbatim quote: `text === article.body.slice(source.start, source.end)`. */
export interface Quote {
  text: string;
  source: Source;
  article: Article;
}

/** The exact text a source points at, or undefined when its article is not loaded. */
export function quoteOf(articles: ReadonlyMap<string, Article>, source: Source): Quote | undefined {
  const article = articles.get(source.articleId);
  if (!article) return undefined;
  return { text: article.body.slice(source.start, source.end), source, article };
}

/** The whole sentence a source lies in, as a quote (a fact's few words read better in context). */
export function sentenceQuoteOf(articles: ReadonlyMap<string, Article>, source: Source): Quote | undefined {
  const article = articles.get(source.articleId);
  const sentence = article?.sentences.find((s) => s.id === source.sentenceId);
  if (!article || !sentence) return undefined;
  const whole: Source = { articleId: article.id, sentenceId: sentence.id, start: sentence.start, end: sentence.end };
  return { text: article.body.slice(sentence.start, sentence.end), source: whole, article };
}

/**
 * The quotes of the sources, in order, each the whole sentence when it can be, leaving out those
 * that say nothing (`isInformative`): read lazily.
 */
export function* quotesOf(articles: ReadonlyMap<string, Article>, sources: Iterable<Source>): Generator<Quote> {
  for (const source of sources) {
    const q = sentenceQuoteOf(articles, source) ?? quoteOf(articles, source);
    if (q && isInformative(q.text)) yield q;
  }
}

/**
 * Where each article reporting the meeting names its participants: at most `perPerson` sentences
 * per person and article, in text order, first mentions of everyone before second mentions.
 * Produced lazily: a reply stops reading once it has its few quotes, however many articles.
 */
export function* participantMentions(
  articles: ReadonlyMap<string, Article>,
  event: CorpusEvent,
  perPerson = 2,
): Generator<Source, void, undefined> {
  const keys = new Set(event.participants.map((p) => p.key));
  // round r reads each article again and yields its (r+1)th mentions: the same choices as one
  // pass per article, without holding every round of thousands of articles
  for (let round = 0; round < perPerson; round++) {
    for (const id of event.articleIds) {
      const count = new Map<string, number>();
      const sentences = new Set<string>();
      for (const p of articles.get(id)?.people ?? []) {
        const n = count.get(p.key) ?? 0;
        if (!keys.has(p.key) || n >= perPerson || sentences.has(p.source.sentenceId)) continue;
        count.set(p.key, n + 1);
        sentences.add(p.source.sentenceId);
        if (n === round) yield p.source;
      }
    }
  }
}
