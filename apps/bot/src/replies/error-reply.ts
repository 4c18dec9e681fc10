import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { escapeText } from './escape.js';
import { t } from './i18n.js';
import { makeReply } from './make-reply.js';

/** Why a command could not answer. */
export type ErrorKind = 'internal' | 'bad_option' | 'no_result' | 'unknown_command' | 'empty_corpus';

/** What the message can say beyond the kind: the query, the option, the closest names. */
export interface ErrorDetails {
  query?: string;
  option?: string;
  why?: string;
  suggestions?: readonly string[];
  hint?: string;
  command?: string;
  commands?: readonly string[];
}

/** A short, friendly, private message with a suggestion; never a stack trace. */
export function errorReply(
  locale: ReplyLocale,
  kind: ErrorKind = 'internal',
  details: ErrorDetails = {},
): ReplyPayload {
  const lines: string[] = [];
  const q = escapeText(details.query ?? '');
  switch (kind) {
    case 'no_result':
      lines.push(t(locale, 'noResult', { q }));
      break;
    case 'bad_option':
      lines.push(t(locale, 'badOption', { o: escapeText(details.option ?? '?'), why: details.why ?? '' }));
      break;
    case 'unknown_command':
      lines.push(
        t(locale, 'unknownCommand', {
          c: escapeText(details.command ?? ''),
          list: (details.commands ?? []).map((c) => `/${c}`).join(', '),
        }),
      );
      break;
    case 'empty_corpus':
      lines.push(t(locale, 'emptyCorpus'));
      break;
    default:
      lines.push(t(locale, 'internal'));
  }
  if (details.suggestions?.length) {
    lines.push(t(locale, 'didYouMean'), ...details.suggestions.slice(0, 5).map((s) => `• ${escapeText(s)}`));
  }
  // an unknown command (a typo, or a command Discord still lists) points to the two that always answer
  const hint = details.hint ?? (kind === 'unknown_command' ? t(locale, 'tryOther') : undefined);
  if (hint) lines.push(hint);
  return makeReply({ content: lines.join('\n'), ephemeral: true });
}

/** A required option left empty. */
export function missingOptionReply(locale: ReplyLocale, option: string): ReplyPayload {
  return errorReply(locale, 'bad_option', { option, why: t(locale, 'missingOption') });
}

/** Nothing found for the query: the closest names, if any, and what to try instead. */
export function noResultReply(
  locale: ReplyLocale,
  query: string,
  hint: 'tryOther' | 'tryPerson' | 'tryArticle',
  suggestions?: readonly string[],
): ReplyPayload {
  return errorReply(locale, 'no_result', { query, hint: t(locale, hint), ...(suggestions ? { suggestions } : {}) });
}
