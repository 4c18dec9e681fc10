import type { KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../commands/command.js';
import { createDispatcher, type DispatcherOptions, type Outcome } from '../discord/dispatcher.js';
import { flattenOptions, isPrivate } from '../discord/options.js';
import { isEphemeral } from '../discord/payload.js';
import { within } from '../discord/within.js';
import { createFollowUps, type FollowUps } from './follow-up.js';
import { BUTTON, RawInteraction } from './interaction-schema.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { publicKeyFromHex, verifySignature } from './verify-signature.js';

export interface InteractionsServerOptions<Engine> extends DispatcherOptions<Engine> {
  /** The application's public key: 64 hex characters, or a KeyObject. */
  publicKey: string | KeyObject;
  /** REST base for deferred answers (a proxy or a local stand-in); Discord's by default. */
  apiUrl?: string | undefined;
  /** Answer with type 5 and follow up when a handler is still running after this long (default 2 s). */
  deferAfterMs?: number;
  /** Body size limit in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Clock for the signature timestamp check (ms). */
  now?: () => number;
}

export interface InteractionsServer {
  readonly server: Server;
  /** Resolves once every deferred answer has been sent. */
  idle(): Promise<void>;
  /** Stops accepting requests, finishes deferred answers, then closes. */
  close(): Promise<void>;
}

const EPHEMERAL = 64;

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`${status}\n`);
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function withoutEphemeral(payload: ReplyPayload): ReplyPayload {
  if (typeof payload.flags !== 'number') return payload;
  const { flags, ...rest } = payload;
  const kept = flags & ~EPHEMERAL;
  return kept === 0 ? rest : { ...rest, flags: kept };
}

/**
 * Discord's HTTP interactions front: `POST /interactions`, signed with Ed25519. Holds no session
 * state, so several instances can share a load balancer.
 */
export function createInteractionsServer<Engine>(options: InteractionsServerOptions<Engine>): InteractionsServer {
  const { logger } = options;
  const key = typeof options.publicKey === 'string' ? publicKeyFromHex(options.publicKey) : options.publicKey;
  const dispatcher = createDispatcher(options);
  const followUps = createFollowUps(options.apiUrl);
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const deferAfterMs = options.deferAfterMs ?? 2000;
  const inFlight = new Set<Promise<void>>();

  const later = (work: Promise<void>) => {
    const tracked = work
      .catch((err: unknown) => logger.error({ err }, 'could not send a deferred answer'))
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, 'interactions endpoint failed');
      if (!res.headersSent) send(res, 500);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) return send(res, 200, { ok: true });
    if (path !== '/interactions') return send(res, 404);
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return send(res, 405);
    }
    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        res.setHeader('connection', 'close');
        return send(res, 413);
      }
      throw err;
    }
    const verdict = verifySignature(
      {
        signature: header(req, 'x-signature-ed25519'),
        timestamp: header(req, 'x-signature-timestamp'),
        rawBody,
      },
      key,
      now(),
    );
    if (verdict !== 'valid') {
      logger.warn({ verdict }, 'refused an unsigned or badly signed request');
      return send(res, 401);
    }
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'malformed JSON' });
    }
    const parsed = RawInteraction.safeParse(json);
    if (!parsed.success) return send(res, 400, { error: 'not an interaction' });
    return send(res, 200, await respond(parsed.data));
  }

  async function respond(interaction: RawInteraction): Promise<unknown> {
    if (interaction.type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
    const locale = dispatcher.replyLocale(interaction.locale);
    switch (interaction.type) {
      case InteractionType.ApplicationCommand:
        return command(interaction, locale);
      case InteractionType.ApplicationCommandAutocomplete: {
        const { options: values, focused } = flattenOptions(interaction.data.options);
        const choices = focused
          ? await dispatcher.autocomplete({ name: interaction.data.name, options: values, locale, focused })
          : [];
        return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
      }
      case InteractionType.MessageComponent: {
        if (interaction.data.component_type !== BUTTON) return message(dispatcher.errorReply(locale));
        const outcome = await dispatcher.button({ customId: interaction.data.custom_id, locale });
        // A failure keeps the clicked message and tells the user privately.
        return outcome.ok
          ? { type: InteractionResponseType.UpdateMessage, data: withoutEphemeral(outcome.payload) }
          : message(outcome.payload);
      }
      default:
        return message(dispatcher.errorReply(locale));
    }
  }

  async function command(
    interaction: Extract<RawInteraction, { type: InteractionType.ApplicationCommand }>,
    locale: ReplyLocale,
  ): Promise<unknown> {
    const { options: values } = flattenOptions(interaction.data.options);
    const name = interaction.data.name;
    const work = dispatcher.command({ name, options: values, locale });
    if (!dispatcher.isSlow(name)) {
      const raced = await within(work, deferAfterMs);
      if (raced.done) return message(raced.value.payload);
    }
    const ephemeral = isPrivate(values);
    later(deliver(followUps, interaction, work, ephemeral));
    return {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: ephemeral ? { flags: EPHEMERAL } : {},
    };
  }

  return {
    server,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await closed;
    },
  };
}

function message(payload: ReplyPayload) {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: payload };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function deliver(
  followUps: FollowUps,
  interaction: { application_id: string; token: string },
  work: Promise<Outcome>,
  ephemeral: boolean,
): Promise<void> {
  const outcome = await work;
  if (!ephemeral && isEphemeral(outcome.payload)) {
    await followUps.replacePrivately(interaction.application_id, interaction.token, outcome.payload);
    return;
  }
  await followUps.editOriginal(interaction.application_id, interaction.token, outcome.payload);
}
