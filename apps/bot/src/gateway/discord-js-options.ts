import type { InteractionReplyOptions, InteractionUpdateOptions } from 'discord.js';
import type { ReplyPayload } from '../core/contract.js';
import { withoutEphemeral } from '../core/ephemeral.js';

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

/** Options to edit an answer: the same without the ephemeral bit (visibility was set when it was first sent). */
export function toEditOptions(payload: ReplyPayload): InteractionUpdateOptions {
  return toReplyOptions(withoutEphemeral(payload)) as InteractionUpdateOptions;
}
