import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  MessageFlags,
} from 'discord-api-types/v10';
import type { ReplyPayload } from '../core/contract.js';
import { MESSAGE_LIMITS } from '../core/discord-limits.js';
import { fitComponents, fitEmbeds, fitText } from './fit-embeds.js';

/** What a reply holds before the limits are applied. */
export interface ReplyParts {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  ephemeral?: boolean;
}

// Kizuna's accent colour on every embed
export const EMBED_COLOR = 0xc0392b;

/**
 * The one way to make a reply: mentions never ping (`allowed_mentions: { parse: [] }`), every
 * Discord limit is applied, and `ephemeral` sets the private flag.
 */
export function makeReply(parts: ReplyParts): ReplyPayload {
  const payload: ReplyPayload = { allowed_mentions: { parse: [] } };
  if (parts.content) payload.content = fitText(parts.content, MESSAGE_LIMITS.content);
  if (parts.embeds?.length) payload.embeds = fitEmbeds(parts.embeds.map((e) => ({ color: EMBED_COLOR, ...e })));
  if (parts.components?.length) {
    const rows = fitComponents(parts.components);
    if (rows.length) payload.components = rows;
  }
  if (parts.ephemeral) payload.flags = MessageFlags.Ephemeral;
  return payload;
}
