import type { APIEmbed } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { countryName, type PersonDetails, type PersonView } from '../engine/index.js';
import { Citations, keyFactLines, quotedFields } from './citations.js';
import { sourceLinks } from './embed-links.js';
import { escapeText } from './escape.js';
import { FieldLines, shownFields } from './field-lines.js';
import { formatDate } from './format-date.js';
import { colon, t } from './i18n.js';
import { numberedRivals, type Question, replyWithRivals } from './rival-choices.js';
import { showButtonId } from './show-buttons.js';

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
    person.country ? `**${t(locale, 'country')}**${colon(locale)}${countryName(person.country, locale)}` : null,
    others.length ? `**${t(locale, 'alsoWritten')}**${colon(locale)}${others.map(escapeText).join(', ')}` : null,
    `**${t(locale, 'mentions')}**${colon(locale)}${person.mentions.length}`,
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
  const quotes = keyFactLines(details.quotes, citations, MAX_QUOTES, QUOTE_MAX);
  citations.citeAll(person.mentions, articles);
  const fields = shownFields([
    { name: t(locale, 'roles'), value: roles.text() || t(locale, 'noRole') },
    { name: t(locale, 'meetingsAttended'), value: meetings.text() || t(locale, 'noMeeting') },
    ...quotedFields(locale, quotes, citations),
  ]);
  // the title links to a source that gives them a role when one has a web address, else any mention
  const links = sourceLinks([...person.roles.flatMap((r) => r.sources), ...person.mentions], articles);
  return { title: escapeText(person.name), ...links, description: description.join('\n'), fields };
}

/** The reply to /person: the closest person, and any equally close ones offered as buttons. */
export function personReply(best: PersonDetails, rivals: readonly PersonView[], question: Question): ReplyPayload {
  const { query, locale, ephemeral } = question;
  const choices = numberedRivals(rivals, (r) => ({
    line: `${escapeText(r.name)}${r.roles[0] ? ` — ${escapeText(r.roles[0].role)}` : ''}`,
    name: r.name,
    customId: showButtonId('person', r.key),
  }));
  const intro = t(locale, 'ambiguousPerson', { q: escapeText(query) });
  return replyWithRivals(intro, choices, personEmbed(best, locale), ephemeral);
}
