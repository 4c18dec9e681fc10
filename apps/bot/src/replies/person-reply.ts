import { type APIEmbed, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../commands/command.js';
import { countryName } from '../engine/countries.js';
import type { PersonView, QueryEngine } from '../engine/index.js';
import { Citations, quoteLine } from './citations.js';
import { escapeText } from './escape.js';
import { fitText } from './fit-embeds.js';
import { formatDate } from './format-date.js';
import { t } from './labels.js';
import { makeReply } from './payload.js';

const QUOTE_MAX = 300;
const MAX_QUOTES = 3;

/** One person: country, spellings, roles with their sources, meetings attended with whom. */
export function personEmbed(engine: QueryEngine, person: PersonView, locale: ReplyLocale): APIEmbed {
  const citations = new Citations();
  const article = (id: string) => engine.article(id);
  const others = person.aliases.filter((a) => a !== person.name);
  const description = [
    person.country ? `**${t(locale, 'country')}** : ${countryName(person.country, locale)}` : null,
    others.length ? `**${t(locale, 'alsoWritten')}** : ${others.map(escapeText).join(', ')}` : null,
    `**${t(locale, 'mentions')}** : ${person.mentions.length}`,
  ].filter(Boolean);

  const roles = person.roles.map((r) => `• ${escapeText(r.role)} ${citations.citeAll(r.sources, article)}`);
  const meetings = person.events
    .map((id) => engine.event(id))
    .filter((e) => !!e)
    .map((e) => {
      const whom = e.participants.filter((p) => !person.keys.includes(p.key)).map((p) => escapeText(p.name));
      const when = e.date ? formatDate(e.date, locale) : t(locale, 'noDate');
      const where = e.place ? ` — ${escapeText(e.place.name)}` : '';
      const cite = citations.citeAll(e.evidence, article);
      return `• **${escapeText(e.name)}**${e.aliases.length && !e.aliases.some((a) => e.name.includes(a)) ? ` (${e.aliases.map(escapeText).join(', ')})` : ''} — ${when}${where}${whom.length ? ` — ${t(locale, 'with')} ${whom.join(', ')}` : ''} ${cite}`;
    });
  // the sentences of facts about them, else those that name them with a role, quoted whole
  const quotes = new Map<string, string>();
  const sources = [
    ...engine.factsAboutPerson(person.key).map((f) => f.fact.source),
    ...person.roles.flatMap((r) => r.sources.slice(0, 1)),
    ...person.mentions,
  ];
  for (const source of sources) {
    if (quotes.size >= MAX_QUOTES) break;
    const q = engine.sentenceQuote(source) ?? engine.quote(source);
    if (!q || quotes.has(q.text)) continue;
    quotes.set(q.text, quoteLine(fitText(q.text, QUOTE_MAX), citations.cite(q.article)));
  }
  citations.citeAll(person.mentions, article);
  const fields = [
    { name: t(locale, 'roles'), value: roles.join('\n') || t(locale, 'noRole') },
    { name: t(locale, 'meetingsAttended'), value: meetings.join('\n') || t(locale, 'noMeeting') },
    quotes.size ? { name: t(locale, 'keyFacts'), value: [...quotes.values()].join('\n') } : null,
    { name: t(locale, 'sources'), value: citations.lines(locale).join('\n') },
  ].filter((f): f is { name: string; value: string } => !!f);
  return { title: escapeText(person.name), description: description.join('\n'), fields };
}

export const showPersonId = (key: string) => `person:show:${key}`;

/** The reply to /person: the closest person, and any equally close ones offered as buttons. */
export function personReply(
  engine: QueryEngine,
  best: PersonView,
  rivals: readonly PersonView[],
  query: string,
  locale: ReplyLocale,
  ephemeral: boolean,
): ReplyPayload {
  const content = rivals.length
    ? [
        t(locale, 'ambiguousPerson', { q: escapeText(query) }),
        ...rivals.map(
          (r, i) => `${i + 1}. ${escapeText(r.name)}${r.roles[0] ? ` — ${escapeText(r.roles[0].role)}` : ''}`,
        ),
      ].join('\n')
    : undefined;
  return makeReply({
    ...(content ? { content } : {}),
    embeds: [personEmbed(engine, best, locale)],
    components: rivals.length
      ? [
          {
            type: ComponentType.ActionRow,
            components: rivals.map((r, i) => ({
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              custom_id: showPersonId(r.key),
              label: `${i + 1}. ${r.name}`,
            })),
          },
        ]
      : [],
    ephemeral,
  });
}
