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
