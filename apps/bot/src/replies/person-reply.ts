import type { APIEmbed } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { countryName, type PersonDetails, type PersonView } from '../engine/index.js';
import { Citations, quoteLine } from './citations.js';
import { escapeText } from './escape.js';
import { FieldLines } from './field-lines.js';
import { fitText } from './fit-embeds.js';
import { formatDate } from './format-date.js';
import { t } from './i18n.js';
import { makeReply } from './make-reply.js';
import { rivalChoices } from './rival-choices.js';

const QUOTE_MAX = 300;
const MAX_QUOTES = 3;
// a role or meeting line cites at most this many articles: a role held in hundreds of articles
// would otherwise be a line of hundreds of markers, cut away whole
const MAX_MARKERS = 5;

/** One person: country, spellings, roles with their sources, meetings attended with whom. */
export function personEmbed(details: PersonDetails, locale: ReplyLocale): APIEmbed {
  const { person, articles } = details;
  const citations = new Citations();
  const others = person.aliases.filter((a) => a !== person.name);
  const description = [
    person.country ? `**${t(locale, 'country')}** : ${countryName(person.country, locale)}` : null,
    others.length ? `**${t(locale, 'alsoWritten')}** : ${others.map(escapeText).join(', ')}` : null,
    `**${t(locale, 'mentions')}** : ${person.mentions.length}`,
  ].filter(Boolean);

  // only the lines a field can show are written, so only the articles they cite are numbered
  const roles = new FieldLines();
  for (const r of person.roles) {
    if (!roles.push(`• ${escapeText(r.role)} ${citations.citeAll(r.sources, articles, MAX_MARKERS)}`)) break;
  }
  const meetings = new FieldLines();
  for (const e of details.meetings) {
    const whom = e.participants.filter((p) => !person.keys.includes(p.key)).map((p) => escapeText(p.name));
    const when = e.date ? formatDate(e.date, locale) : t(locale, 'noDate');
    const where = e.place ? ` — ${escapeText(e.place.name)}` : '';
    const cite = citations.citeAll(e.evidence, articles, MAX_MARKERS);
    const line = `• **${escapeText(e.name)}**${e.aliases.length && !e.aliases.some((a) => e.name.includes(a)) ? ` (${e.aliases.map(escapeText).join(', ')})` : ''} — ${when}${where}${whom.length ? ` — ${t(locale, 'with')} ${whom.join(', ')}` : ''} ${cite}`;
    if (!meetings.push(line)) break;
  }
  // the sentences of facts about them, else those that name them with a role, quoted whole
  const quotes = new Map<string, string>();
  for (const q of details.quotes) {
    if (quotes.size >= MAX_QUOTES) break;
    if (quotes.has(q.text)) continue;
    quotes.set(q.text, quoteLine(fitText(q.text, QUOTE_MAX), citations.cite(q.article)));
  }
  citations.citeAll(person.mentions, articles);
  const fields = [
    { name: t(locale, 'roles'), value: roles.text() || t(locale, 'noRole') },
    { name: t(locale, 'meetingsAttended'), value: meetings.text() || t(locale, 'noMeeting') },
    quotes.size ? { name: t(locale, 'keyFacts'), value: [...quotes.values()].join('\n') } : null,
    { name: t(locale, 'sources'), value: citations.lines(locale).join('\n') },
  ].filter((f): f is { name: string; value: string } => !!f);
  return { title: escapeText(person.name), description: description.join('\n'), fields };
}

export const showPersonId = (key: string) => `person:show:${key}`;

/** The reply to /person: the closest person, and any equally close ones offered as buttons. */
export function personReply(
  best: PersonDetails,
  rivals: readonly PersonView[],
  query: string,
  locale: ReplyLocale,
  ephemeral: boolean,
): ReplyPayload {
  const choices = rivals.map((r, i) => ({
    line: `${i + 1}. ${escapeText(r.name)}${r.roles[0] ? ` — ${escapeText(r.roles[0].role)}` : ''}`,
    label: `${i + 1}. ${r.name}`,
    customId: showPersonId(r.key),
  }));
  return makeReply({
    ...rivalChoices(t(locale, 'ambiguousPerson', { q: escapeText(query) }), choices),
    embeds: [personEmbed(best, locale)],
    ephemeral,
  });
}
