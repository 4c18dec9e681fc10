import type { Article } from '@kizuna/model';
import { IngestError } from '../errors.js';

/** How much an article looks like news: kept, kept with a warning, or refused. */
export interface NewsVerdict {
  verdict: 'news' | 'flagged' | 'not-news';
  /** The signals that were missing or against it, in plain words. */
  reasons: string[];
}

// Words a report is told with, in the two languages the ingest reads (stems: any tense or person).
// Not a classifier: a handful of general signals, so that a recipe or a poem is not filed as news.
const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const REPORTING = new RegExp(
  `${W}(?:sa(?:id|ys)|told|tell[s]?|announc\\w*|stat(?:ed|es|ement)|according to|report(?:ed|s)?|declar\\w*|` +
    `stress(?:ed|es)|affirm\\w*|agree[ds]?|agreement|added|noted|met|meets|meeting|held|talks|visit(?:ed|s)?|` +
    `selon|déclar\\p{L}*|annonc\\p{L}*|soulign\\p{L}*|affirm\\p{L}*|indiqu\\p{L}*|précis\\p{L}*|rencontr\\p{L}*|` +
    `entretien\\p{L}*|entretenu\\p{L}*|reçu|visite|sommet|signé\\p{L}*|convenu)${E}`,
  'iu',
);
const MONTH =
  '(?:jan(?:uary|vier)|feb(?:ruary)?|février|march|mars|april|avril|may|mai|june|juin|july|juillet|august|août|' +
  'sept(?:ember|embre)|oct(?:ober|obre)|nov(?:ember|embre)|dec(?:ember)?|décembre)';
const DATE = new RegExp(`${W}(?:(?:1[89]|20)\\d\\d|\\d{1,2}(?:er)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2})${E}`, 'iu');
// a capitalised word that does not open a sentence or a line: a name, a place, an institution
const NAME = /(?<=[\p{Ll},;:]\s+)\p{Lu}\p{Ll}+/gu;
const LIST_ITEM = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s/;
const PERSONAL = /(?<![\p{L}])(?:i|my|me|you|your|je|j|tu|mon|ma|mes|moi|vous|votre)(?![\p{L}])/giu;

function signals(a: Article) {
  const paragraphs = a.body.split(/\n+/).filter((p) => p.trim());
  const listItems = paragraphs.filter((p) => LIST_ITEM.test(p)).length;
  const words = a.body.match(/\p{L}+/gu)?.length ?? 0;
  const personal = a.body.match(PERSONAL)?.length ?? 0;
  return {
    date: a.published !== null || a.dateline !== null || DATE.test(a.body),
    names: a.people.length > 0 || new Set(a.body.match(NAME)).size >= 2,
    reporting: REPORTING.test(a.body),
    list: listItems >= 3 && listItems >= paragraphs.length * 0.3,
    // quotes in news use "I" too; a forum post or a blog speaks to "you" throughout
    personal: words > 0 && personal / words > 0.04,
  };
}

/**
 * Checks that an article reads like news: a date, named people or places, reporting words, and
 * not the list-like structure of a recipe or a product page, nor the first-person voice of a post.
 * Refuses only when everything is against it; flags (keeps, with a warning) when two signals are.
 */
export function checkNews(a: Article): NewsVerdict {
  const s = signals(a);
  const reasons: string[] = [];
  if (!s.date) reasons.push('no date');
  if (!s.names) reasons.push('no named person or place');
  if (!s.reporting) reasons.push('no reporting words');
  if (s.list) reasons.push('mostly a list');
  if (s.personal) reasons.push('written in the first or second person');
  const clearly = (!s.date && !s.names && !s.reporting) || (s.list && !s.reporting && a.people.length === 0);
  return { verdict: clearly ? 'not-news' : reasons.length >= 2 ? 'flagged' : 'news', reasons };
}

/**
 * The article as the corpus keeps it: unchanged when it reads like news, with a warning when
 * flagged; throws IngestError('NOT_NEWS') with the reasons when it clearly is not news.
 */
export function screenNews(a: Article): { article: Article; flagged: boolean } {
  const { verdict, reasons } = checkNews(a);
  if (verdict === 'not-news') throw new IngestError('NOT_NEWS', `not a news article (${reasons.join(', ')})`);
  if (verdict === 'news') return { article: a, flagged: false };
  return {
    article: { ...a, warnings: [...a.warnings, `may not be a news article: ${reasons.join(', ')}`] },
    flagged: true,
  };
}
