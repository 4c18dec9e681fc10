import { REST, Routes } from 'discord.js';
import type { ReplyPayload } from '../core/contract.js';
import { isEphemeral, withoutEphemeral } from '../core/ephemeral.js';

/**
 * After a deferred (type 5) response, the answer goes through the interaction webhook, which
 * the interaction token authorises: no bot token is needed, so the endpoint stays stateless.
 */
export interface FollowUps {
  editOriginal(applicationId: string, token: string, payload: ReplyPayload): Promise<void>;
  /** A private note after a public deferral (errors), and the public placeholder removed. */
  replacePrivately(applicationId: string, token: string, payload: ReplyPayload): Promise<void>;
}

const EPHEMERAL = 64;

export function createFollowUps(apiUrl: string | undefined): FollowUps {
  const rest = new REST(apiUrl === undefined ? {} : { api: apiUrl });
  return {
    async editOriginal(applicationId, token, payload) {
      // Visibility was fixed by the deferral; an edit may not carry the ephemeral bit.
      const body = withoutEphemeral(payload);
      await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), { body, auth: false });
    },
    async replacePrivately(applicationId, token, payload) {
      const body = isEphemeral(payload) ? payload : { ...payload, flags: (payload.flags ?? 0) | EPHEMERAL };
      await rest.post(Routes.webhook(applicationId, token), { body, auth: false });
      await rest.delete(Routes.webhookMessage(applicationId, token, '@original'), { auth: false });
    },
  };
}
