import type { APIEmbed } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { countryName, type UnmetPart } from '../engine/index.js';
import { t } from './i18n.js';
import { makeReply } from './make-reply.js';
import { type RivalChoice, rivalChoices } from './rival-choices.js';

/** One unmet part as a reader says it: "10e édition", "2019", "Inde". */
function partLabel(part: UnmetPart, locale: ReplyLocale): string {
  if (part.kind === 'ordinal') return t(locale, 'ordinal', { n: part.value });
  if (part.kind === 'country') return countryName(part.value, locale);
  return part.value;
}

/** Says which parts of the question no meeting satisfies, before the closest one (and the other candidates). */
export function unmetIntro(unmet: readonly UnmetPart[], query: string, locale: ReplyLocale, others: boolean): string {
  const parts = unmet.map((p) => partLabel(p, locale)).join(', ');
  return t(locale, others ? 'unmetWithOthers' : 'unmet', { q: query, parts });
}

/** The closest meeting under a warning that it does not answer the whole question, with the other candidates. */
export function unmetReply(
  intro: string,
  candidates: readonly RivalChoice[],
  embed: APIEmbed,
  ephemeral: boolean,
): ReplyPayload {
  // rivalChoices shows nothing without candidates: the warning must show all the same
  const parts = candidates.length ? rivalChoices(intro, candidates) : { content: intro };
  return makeReply({ ...parts, embeds: [embed], ephemeral });
}
