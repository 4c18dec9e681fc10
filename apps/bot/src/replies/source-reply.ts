import type { Article } from '@kizuna/model';
import type { APIEmbed } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { articleName } from './article-name.js';
import { escapeText } from './escape.js';
import { shownFields } from './field-lines.js';
import { formatDate } from './format-date.js';
import { colon, t } from './i18n.js';
import { type Question, replyWithRivals } from './rival-choices.js';
import { linkText, safeUrl } from './safe-url.js';

/** One article: title, publisher, date, link, and what was extracted from it. */
export function sourceEmbed(a: Article, locale: ReplyLocale): APIEmbed {
  const link = linkText(a.url);
  const description = [
    a.publisher ? `**${t(locale, 'publisher')}**${colon(locale)}${escapeText(a.publisher)}` : null,
    a.published ? `**${t(locale, 'published')}**${colon(locale)}${formatDate(a.published, locale)}` : null,
    `**${t(locale, 'language')}**${colon(locale)}${a.language}`,
    a.dateline?.place ? `**${t(locale, 'dateline')}**${colon(locale)}${escapeText(a.dateline.place)}` : null,
    link ? `**${t(locale, 'link')}**${colon(locale)}${link}` : null,
  ].filter(Boolean);
  const people = [...new Map(a.people.map((p) => [p.key, p])).values()].map(
    (p) => `• ${escapeText(p.name)}${p.role ? ` — ${escapeText(p.role)}` : ''}`,
  );
  const events = a.events.map(
    (e) => `• **${escapeText(e.name)}** — ${e.date ? formatDate(e.date, locale) : t(locale, 'noDate')}`,
  );
  const fields = shownFields([
    {
      name: t(locale, 'extracted'),
      value: t(locale, 'extractedLine', {
        s: a.sentences.length,
        e: a.events.length,
        p: people.length,
        f: a.facts.length,
        r: a.removed.length,
        g: a.repairs.length,
      }),
    },
    events.length ? { name: t(locale, 'meetings'), value: events.join('\n') } : null,
    people.length ? { name: t(locale, 'people'), value: people.join('\n') } : null,
    a.warnings.length
      ? { name: t(locale, 'warnings'), value: a.warnings.map((w) => `• ${escapeText(w)}`).join('\n') }
      : null,
    {
      name: t(locale, 'file'),
      value: `\`${a.source.file.replace(/`/g, "'")}\` · ${t(locale, 'ingested')} ${a.source.ingestedAt.slice(0, 10)}`,
    },
  ]);
  const embed: APIEmbed = {
    title: articleName(a, locale),
    description: description.join('\n'),
    fields,
  };
  const url = safeUrl(a.url);
  if (url) embed.url = url;
  return embed;
}

export function sourceReply(a: Article, rivals: readonly Article[], question: Question): ReplyPayload {
  const { query, locale, ephemeral } = question;
  // articles have no button of their own: listed by the names /source takes (title, publisher)
  const choices = rivals.map((r) => {
    const name = articleName(r, locale);
    return { line: `• ${name}${r.title && r.publisher ? ` — ${escapeText(r.publisher)}` : ''}`, label: name };
  });
  const intro = t(locale, 'ambiguousArticle', { q: escapeText(query) });
  return replyWithRivals(intro, choices, sourceEmbed(a, locale), ephemeral);
}
