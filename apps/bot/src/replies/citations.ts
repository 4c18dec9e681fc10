import type { Article, Source } from '@kizuna/model';
import type { ReplyLocale } from '../core/contract.js';
import { MESSAGE_LIMITS } from '../core/discord-limits.js';
import type { Quote } from '../engine/index.js';
import { escapeText } from './escape.js';
import { FieldLines, type MaybeField } from './field-lines.js';
import { fitText } from './fit-embeds.js';
import { formatDate } from './format-date.js';
import { t } from './i18n.js';
import { linkText, safeUrl } from './safe-url.js';

/** Numbers the articles a reply quotes, in the order first cited: [1], [2]… */
export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly articles: Article[] = [];

  /** The citation marker for a source's article, "[2]", linked to the article when it has a web address. */
  cite(article: Article): string {
    let n = this.numbers.get(article.id);
    if (n === undefined) {
      this.articles.push(article);
      n = this.articles.length;
      this.numbers.set(article.id, n);
    }
    const url = articleUrl(article);
    return url ? `[[${n}]](<${url}>)` : `[${n}]`;
  }

  /** Markers for several sources, each article once and at most `max` of them: "[1][3]". */
  citeAll(sources: Iterable<Source>, articles: ReadonlyMap<string, Article>, max = Number.POSITIVE_INFINITY): string {
    const seen = new Set<string>();
    let out = '';
    for (const s of sources) {
      if (seen.size >= max) break;
      if (seen.has(s.articleId)) continue;
      seen.add(s.articleId);
      const a = articles.get(s.articleId);
      if (a) out += this.cite(a);
    }
    return out;
  }

  get size(): number {
    return this.articles.length;
  }

  /**
   * One line per cited article: number, publisher, date, title and link; only as many as a field
   * of `max` characters can show (a meeting reported by thousands of articles cites them all).
   */
  lines(locale: ReplyLocale, max: number = MESSAGE_LIMITS.fieldValue): string[] {
    const out = new FieldLines(max);
    for (let i = 0; i < this.articles.length && !out.full; i++) {
      const a = this.articles[i] as Article;
      const parts = [
        a.publisher ? escapeText(a.publisher) : null,
        a.published ? formatDate(a.published, locale) : null,
        a.title ? `*${escapeText(a.title)}*` : null,
      ].filter(Boolean);
      // an article without title, publisher or date is named as such, never by its hex id
      if (!parts.length) parts.push(`*${t(locale, 'untitled')}*`);
      const link = linkText(a.url);
      out.push(`[${i + 1}] ${parts.join(' · ')}${link ? ` — ${link}` : ''}`);
    }
    return out.lines;
  }
}

/** An article's web address as a reply may link it (http(s) only, nothing that ends a link early); null otherwise. */
export function articleUrl(article: Article): string | null {
  return safeUrl(article.url);
}

/** A verbatim quote as shown: “text” [n]. The text is escaped, never reworded. */
export function quoteLine(text: string, marker: string): string {
  return `“${escapeText(text.replace(/\s+/g, ' ').trim())}” ${marker}`;
}

/**
 * The first `max` distinct quotes as lines (“text” [n], cut to `length`), citing their articles:
 * the candidates are read only until enough are found.
 */
export function keyFactLines(quotes: Iterable<Quote>, citations: Citations, max: number, length: number): string[] {
  const lines = new Map<string, string>();
  for (const q of quotes) {
    if (lines.size >= max) break;
    if (lines.has(q.text)) continue;
    lines.set(q.text, quoteLine(fitText(q.text, length), citations.cite(q.article)));
  }
  return [...lines.values()];
}

/** The last fields of a reply that quotes: its key facts (when any), then every article it cites. */
export function quotedFields(locale: ReplyLocale, keyFacts: readonly string[], citations: Citations): MaybeField[] {
  return [
    keyFacts.length ? { name: t(locale, 'keyFacts'), value: keyFacts.join('\n') } : null,
    { name: t(locale, 'sources'), value: citations.lines(locale).join('\n') },
  ];
}
