import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { cutText } from '../core/discord-limits.js';
import { countryName, parseDateBound, type Timeline, type TimelineFilter } from '../engine/index.js';
import { escapeText } from './escape.js';
import { formatDate } from './format-date.js';
import { t } from './i18n.js';
import { makeReply } from './make-reply.js';

// 20 one-line entries of at most LINE_MAX characters fit a 4096-character description
export const PAGE_SIZE = 20;
const LINE_MAX = 150;
const MAX_NAMES = 3;

/** The state a timeline page button carries: `timeline:<page>:<from>:<to>:<country>` (≤ 100 chars). */
export function timelineButtonId(page: number, filter: TimelineFilter): string {
  return `timeline:${page}:${filter.from ?? ''}:${filter.to ?? ''}:${filter.country ?? ''}`;
}

/** Reads a timeline button's state back; null when the id is not one. */
export function parseTimelineButtonId(customId: string): { page: number; filter: TimelineFilter } | null {
  const m = /^timeline:(\d{1,4}):([\d-]{0,10}):([\d-]{0,10}):([A-Z]{0,2})$/.exec(customId);
  if (!m?.[1]) return null;
  // a bound the command would refuse is refused here too
  if ((m[2] && !parseDateBound(m[2])) || (m[3] && !parseDateBound(m[3]))) return null;
  const filter: TimelineFilter = {};
  if (m[2]) filter.from = m[2];
  if (m[3]) filter.to = m[3];
  if (m[4]) filter.country = m[4];
  return { page: Number(m[1]), filter };
}

/** One page of meetings in date order (undated last), with previous/next buttons that carry the filter. */
export function timelineReply(
  timeline: Timeline,
  filter: TimelineFilter,
  page: number,
  locale: ReplyLocale,
  ephemeral: boolean,
): ReplyPayload {
  const { events, yearUnknown } = timeline;
  const pages = Math.max(1, Math.ceil(events.length / PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const bounds = [
    filter.from ? `${t(locale, 'from')} ${filter.from}` : null,
    filter.to ? `${t(locale, 'to')} ${filter.to}` : null,
    filter.country ? countryName(filter.country, locale) : null,
  ].filter(Boolean);
  const lines = events.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE).map((e, i) => {
    const when = e.date ? formatDate(e.date, locale) : t(locale, 'noDate');
    const alias = e.aliases.length && !e.aliases.some((a) => e.name.includes(a)) ? ` (${e.aliases.join(', ')})` : '';
    const where = e.place ? ` — ${e.place.name}` : '';
    const who = e.participants.slice(0, MAX_NAMES).map((p) => p.name);
    const more = e.participants.length > MAX_NAMES ? '…' : '';
    // cut before escaping, so that an escape is never cut in two
    const rest = cutText(`${e.name}${alias}${where}${who.length ? ` · ${who.join(', ')}${more}` : ''}`, LINE_MAX);
    return `**${current * PAGE_SIZE + i + 1}. ${when}** — ${escapeText(rest)}`;
  });
  const notes = [
    events.length ? null : t(locale, 'emptyTimeline'),
    yearUnknown ? t(locale, 'yearUnknownLeftOut', { n: yearUnknown }) : null,
  ].filter(Boolean);
  const title = bounds.length ? `${t(locale, 'timeline')} (${bounds.join(', ')})` : t(locale, 'timeline');
  return makeReply({
    embeds: [
      {
        title,
        description: [...lines, ...notes].join('\n') || t(locale, 'emptyTimeline'),
        footer: { text: t(locale, 'page', { p: current + 1, n: pages, c: events.length }) },
      },
    ],
    components:
      pages > 1
        ? [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Secondary,
                  custom_id: timelineButtonId(current - 1, filter),
                  label: `◀ ${t(locale, 'previous')}`,
                  disabled: current === 0,
                },
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Secondary,
                  custom_id: timelineButtonId(current + 1, filter),
                  label: `${t(locale, 'next')} ▶`,
                  disabled: current >= pages - 1,
                },
              ],
            },
          ]
        : [],
    ephemeral,
  });
}
