import { MessageFlags } from 'discord-api-types/v10';
import type { ReplyPayload } from './contract.js';

/** Whether only the user sees the reply. */
export function isEphemeral(payload: ReplyPayload): boolean {
  return typeof payload.flags === 'number' && (payload.flags & MessageFlags.Ephemeral) !== 0;
}

/** Editing an answer cannot change its visibility (set when it was first sent): the ephemeral bit goes. */
export function withoutEphemeral(payload: ReplyPayload): ReplyPayload {
  if (typeof payload.flags !== 'number') return payload;
  const { flags, ...rest } = payload;
  const kept = flags & ~MessageFlags.Ephemeral;
  return kept === 0 ? rest : { ...rest, flags: kept };
}

/** The answer as a new message only the user sees (a private copy). */
export function withEphemeral(payload: ReplyPayload): ReplyPayload {
  return { ...payload, flags: (typeof payload.flags === 'number' ? payload.flags : 0) | MessageFlags.Ephemeral };
}
