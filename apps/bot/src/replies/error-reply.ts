import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { withinOneEdit } from '../engine/index.js';
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
  /** Every name a command answers to, in both languages: an unknown one one typo away is suggested. */
  known?: readonly string[];
}

/** The commands one typo (or a missing end) away from what was typed: "/meting" → "/meeting". */
function closeCommands(typed: string, known: readonly string[]): string[] {
  const name = typed.replace(/^\//, '').toLowerCase();
  if (!name) return [];
  return [...new Set(known.filter((k) => withinOneEdit(name, k) || (name.length >= 3 && k.startsWith(name))))].map(
    (k) => `/${k}`,
  );
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
    case 'unknown_command': {
      const close = closeCommands(details.command ?? '', details.known ?? []);
      if (close.length) lines.push(t(locale, 'didYouMeanCommand', { list: close.join(', ') }));
      lines.push(
        t(locale, 'unknownCommand', {
          c: escapeText(details.command ?? ''),
          list: (details.commands ?? []).map((c) => `/${c}`).join(', '),
        }),
      );
      break;
    }
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
  hint: 'tryOther' | 'trySearch' | 'tryPerson' | 'tryArticle',
  suggestions?: readonly string[],
): ReplyPayload {
  return errorReply(locale, 'no_result', { query, hint: t(locale, hint), ...(suggestions ? { suggestions } : {}) });
}
