import type { Article } from '@kizuna/model';
import type { ReplyLocale } from '../core/contract.js';
import { escapeText } from './escape.js';
import { formatDate } from './format-date.js';
import { t } from './i18n.js';

/** How a reader knows an article: its title, else its publisher and date; never its id. Escaped. */
export function articleName(a: Article, locale: ReplyLocale): string {
  if (a.title) return escapeText(a.title);
  const parts = [a.publisher ? escapeText(a.publisher) : null, a.published ? formatDate(a.published, locale) : null];
  const known = parts.filter(Boolean);
  return known.length ? known.join(', ') : t(locale, 'untitled');
}
