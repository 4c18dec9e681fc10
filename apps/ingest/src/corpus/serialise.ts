import type { Article } from '@kizuna/model';

/**
 * An article as stored: pretty JSON, keys in the schema's order (zod's parse output keeps it),
 * so files diff well and regenerate byte for byte.
 */
export function serialiseArticle(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
