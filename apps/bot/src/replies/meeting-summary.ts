import type { CorpusEvent } from '@kizuna/model';
import type { ReplyLocale } from '../core/contract.js';
import { CHOICE_LIMITS, cutText } from '../core/discord-limits.js';
import { formatDate } from './format-date.js';
import { t } from './i18n.js';

/** One line for a meeting in a list or a choice: name — date — place (plain text, not escaped). */
export function meetingSummary(e: CorpusEvent, locale: ReplyLocale): string {
  const when = e.date ? formatDate(e.date, locale) : t(locale, 'noDate');
  return [e.name, when, e.place?.name].filter(Boolean).join(' — ');
}

/** A meeting as an autocomplete choice: the name is cut first, so the date and place stay visible. */
export function meetingChoiceName(e: CorpusEvent, locale: ReplyLocale, max: number = CHOICE_LIMITS.length): string {
  const when = e.date ? formatDate(e.date, locale) : t(locale, 'noDate');
  const tail = [when, e.place?.name].filter(Boolean).join(' — ');
  const room = Math.max(20, max - tail.length - 3);
  return cutText(`${cutText(e.name, room)} — ${tail}`, max);
}
