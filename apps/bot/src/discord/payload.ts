import { type InteractionReplyOptions, type InteractionUpdateOptions, MessageFlags } from 'discord.js';
import type { ReplyPayload } from '../commands/command.js';

/**
 * discord.js reads camelCase options (`allowedMentions`) and would silently drop the API's
 * `allowed_mentions`; embeds and components pass through as raw JSON.
 */
export function toReplyOptions(payload: ReplyPayload): InteractionReplyOptions {
  const options: InteractionReplyOptions = { allowedMentions: { parse: [] } };
  if (payload.content !== undefined) options.content = payload.content;
  if (payload.embeds !== undefined) options.embeds = payload.embeds;
  if (payload.components !== undefined)
    options.components = payload.components as NonNullable<InteractionReplyOptions['components']>;
  if (payload.tts !== undefined) options.tts = payload.tts;
  if (payload.flags !== undefined) options.flags = payload.flags as NonNullable<InteractionReplyOptions['flags']>;
  return options;
}

/** Editing an answer cannot change its visibility (set when it was first sent): the ephemeral bit goes. */
export function toEditOptions(payload: ReplyPayload): InteractionUpdateOptions {
  const { flags, ...rest } = toReplyOptions(payload);
  const options: InteractionUpdateOptions = rest as InteractionUpdateOptions;
  const kept = typeof flags === 'number' ? flags & ~MessageFlags.Ephemeral : 0;
  if (kept !== 0) options.flags = kept as NonNullable<InteractionUpdateOptions['flags']>;
  return options;
}

export function isEphemeral(payload: ReplyPayload): boolean {
  return typeof payload.flags === 'number' && (payload.flags & MessageFlags.Ephemeral) !== 0;
}
