import type { CorpusEvent } from '@kizuna/model';
import type { APIEmbed } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { countryName, type MeetingDetails, type UnmetPart } from '../engine/index.js';
import { Citations, keyFactLines, quotedFields } from './citations.js';
import { sourceLinks } from './embed-links.js';
import { escapeText } from './escape.js';
import { shownFields } from './field-lines.js';
import { formatDate } from './format-date.js';
import { colon, kindLabel, t } from './i18n.js';
import { meetingSummary } from './meeting-summary.js';
import { numberedRivals, type Question, replyWithRivals } from './rival-choices.js';
import { showButtonId } from './show-buttons.js';
import { unmetIntro, unmetReply } from './unmet-reply.js';

// quotes are cut to this length so that several fit in one field
const QUOTE_MAX = 320;
const MAX_QUOTES = 4;
const MAX_OUTCOME_CITES = 3;

/** The date line: the date shown, then any other date a source gives. */
function dateLine(event: CorpusEvent, locale: ReplyLocale): string {
  if (!event.date) return t(locale, 'noDate');
  const others = event.dates.slice(1).map((d) => formatDate(d.value, locale));
  const main = formatDate(event.date, locale);
  return others.length ? `${main} (${t(locale, 'datesDisagree')}${colon(locale)}${others.join(', ')})` : main;
}

function placeLine(event: CorpusEvent, locale: ReplyLocale): string | null {
  if (!event.place) return null;
  const { name, country } = event.place;
  const main = country ? `${escapeText(name)}, ${countryName(country, locale)}` : escapeText(name);
  const others = event.places.slice(1).map((p) => escapeText(p.value.name));
  return others.length ? `${main} (${t(locale, 'placesDisagree')}${colon(locale)}${others.join(', ')})` : main;
}

/** Participants grouped by country, each with the role the sources give. */
function participantFields(participants: MeetingDetails['participants'], locale: ReplyLocale) {
  const groups = new Map<string, string[]>();
  for (const p of participants) {
    const label = p.country ? countryName(p.country, locale) : t(locale, 'otherCountry');
    const line = `• **${escapeText(p.name)}**${p.role ? ` — ${escapeText(p.role)}` : ''}`;
    groups.set(label, [...(groups.get(label) ?? []), line]);
  }
  return [...groups.entries()].map(([country, lines]) => ({
    name: `${t(locale, 'participants')} — ${country}`,
    value: lines.join('\n'),
  }));
}

/** One meeting as an embed: name, date, place, kind, participants, outcomes, quoted facts, sources. */
export function meetingEmbed(details: MeetingDetails, locale: ReplyLocale): APIEmbed {
  const { event, articles } = details;
  const citations = new Citations();
  const description = [
    `**${t(locale, 'date')}**${colon(locale)}${dateLine(event, locale)}`,
    placeLine(event, locale) ? `**${t(locale, 'place')}**${colon(locale)}${placeLine(event, locale)}` : null,
    `**${t(locale, 'kind')}**${colon(locale)}${kindLabel(locale, event.kind)}${event.ordinal ? ` · ${t(locale, 'ordinal', { n: event.ordinal })}` : ''}`,
    event.aliases.length
      ? `**${t(locale, 'aliases')}**${colon(locale)}${event.aliases.map(escapeText).join(', ')}`
      : null,
  ].filter(Boolean);

  // outcomes first, each with the articles that say it; then key facts: the sentences of the other
  // facts, then those that report the meeting, then those that name its participants (never an
  // outcome's sentence again); each quoted whole, and cut only when too long
  const outcomes = details.outcomes.map((o) =>
    `• ${escapeText(o.text)} ${citations.citeAll(o.sources, articles, MAX_OUTCOME_CITES)}`.trimEnd(),
  );
  const quotes = keyFactLines(details.quotes, citations, MAX_QUOTES, QUOTE_MAX);
  // every source article is listed, quoted or not
  citations.citeAll(event.evidence, articles);

  const fields = shownFields([
    ...participantFields(details.participants, locale),
    outcomes.length ? { name: t(locale, 'outcomes'), value: outcomes.join('\n') } : null,
    ...quotedFields(locale, quotes, citations),
  ]);
  return {
    title: escapeText(event.name),
    ...sourceLinks(event.evidence, articles),
    description: description.join('\n'),
    fields,
  };
}

/** The reply to /meeting: the best match, and when others match about as well, says so and offers them. */
export function meetingReply(
  best: MeetingDetails,
  rivals: readonly CorpusEvent[],
  question: Question,
  unmet: readonly UnmetPart[] = [],
): ReplyPayload {
  const { query, locale, ephemeral } = question;
  const choices = numberedRivals(rivals, (r) => ({
    line: escapeText(meetingSummary(r, locale)),
    name: r.name,
    customId: showButtonId('meeting', r.id),
  }));
  const embed = meetingEmbed(best, locale);
  if (unmet.length)
    return unmetReply(unmetIntro(unmet, escapeText(query), locale, choices.length > 0), choices, embed, ephemeral);
  const intro = t(locale, 'ambiguousMeeting', { q: escapeText(query) });
  return replyWithRivals(intro, choices, embed, ephemeral);
}
