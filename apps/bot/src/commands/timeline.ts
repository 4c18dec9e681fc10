import { slashCommand } from '../core/command-builders.js';
import type { CommandModule, ReplyLocale, ReplyPayload } from '../core/contract.js';
import { CHOICE_LIMITS } from '../core/discord-limits.js';
import { isPrivate, text } from '../core/option-values.js';
import { countryName, isoRange, parseDateBound, type QueryEngine, type TimelineFilter } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import { t } from '../replies/i18n.js';
import { parseTimelineButtonId, timelineReply } from '../replies/timeline-reply.js';
import definitions from './definitions.json' with { type: 'json' };

type Parsed = { filter: TimelineFilter } | { error: ReplyPayload };

function parseFilter(engine: QueryEngine, from: string, to: string, country: string, locale: ReplyLocale): Parsed {
  // a country typed in a date box ("/timeline Japon") is read as the country
  if (from && !parseDateBound(from) && !country && engine.resolveCountry(from)) [from, country] = ['', from];
  if (to && !parseDateBound(to) && !country && engine.resolveCountry(to)) [to, country] = ['', to];
  const filter: TimelineFilter = {};
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!value) continue;
    const iso = parseDateBound(value);
    if (!iso) return { error: errorReply(locale, 'bad_option', { option: name, why: t(locale, 'badDate') }) };
    filter[name] = iso;
  }
  // "/timeline 2024 2023" means the same years
  const [start, end] = [
    filter.from ? isoRange(filter.from)?.[0] : undefined,
    filter.to ? isoRange(filter.to)?.[1] : undefined,
  ];
  if (filter.from && filter.to && start && end && start > end) [filter.from, filter.to] = [filter.to, filter.from];
  if (country) {
    const code = engine.resolveCountry(country);
    if (!code) {
      const ex = engine
        .countries()
        .slice(0, 3)
        .map((c) => engine.completeCountries(c, CHOICE_LIMITS, (code) => countryName(code, locale))[0]?.name ?? c)
        .join(', ');
      return { error: errorReply(locale, 'bad_option', { option: 'country', why: t(locale, 'badCountry', { ex }) }) };
    }
    filter.country = code;
  }
  return { filter };
}

/** /timeline [from] [to] [country] — meetings in date order, paged with buttons. */
export const timeline: CommandModule<QueryEngine> = {
  data: slashCommand(definitions.timeline),
  execute(options, { engine, locale }) {
    const parsed = parseFilter(engine, text(options, 'from'), text(options, 'to'), text(options, 'country'), locale);
    if ('error' in parsed) return parsed.error;
    return timelineReply(engine.timeline(parsed.filter), parsed.filter, 0, locale, isPrivate(options));
  },
  autocomplete(focused, _options, { engine, locale }) {
    return focused.name === 'country'
      ? engine.completeCountries(focused.value, CHOICE_LIMITS, (code) => countryName(code, locale))
      : [];
  },
  button(customId, { engine, locale }) {
    const state = parseTimelineButtonId(customId);
    if (!state) return errorReply(locale, 'internal');
    return timelineReply(engine.timeline(state.filter), state.filter, state.page, locale, false);
  },
};
