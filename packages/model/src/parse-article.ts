import * as z from 'zod';
import { Article } from './article.js';
import { ModelError } from './model-error.js';

/**
 * Validates an unknown value as an `Article`, or throws a `ModelError` whose message names the
 * file (when given) and every wrong field.
 */
export function parseArticle(value: unknown, file?: string): Article {
  const result = Article.safeParse(value);
  if (result.success) return result.data;
  const where = file ? `${file}: ` : '';
  return fail(`${where}not a valid article\n${z.prettifyError(result.error)}`, file, result.error);
}

function fail(message: string, file: string | undefined, cause: unknown): never {
  throw new ModelError('INVALID_ARTICLE', message, file === undefined ? { cause } : { file, cause });
}
