import type { Article, Source } from '@kizuna/model';
import type { APIEmbed } from 'discord-api-types/v10';
import { articleUrl } from './citations.js';

/** When an article says it was written: its publication day when stated in full, else when it was ingested. */
function articleTime(article: Article): string {
  const iso = article.published?.iso;
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? `${iso}T00:00:00.000Z`
    : new Date(article.source.ingestedAt).toISOString();
}

/**
 * What makes an embed look like Discord's own: the title links to the first source that has a web
 * address, and the timestamp is the newest source's date. Empty when no source is known.
 */
export function sourceLinks(
  sources: Iterable<Source>,
  articles: ReadonlyMap<string, Article>,
): Pick<APIEmbed, 'url' | 'timestamp'> {
  let url: string | null = null;
  let newest: string | null = null;
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.articleId)) continue;
    seen.add(s.articleId);
    const article = articles.get(s.articleId);
    if (!article) continue;
    url ??= articleUrl(article);
    const time = articleTime(article);
    if (!newest || time > newest) newest = time;
  }
  return { ...(url ? { url } : {}), ...(newest ? { timestamp: newest } : {}) };
}
