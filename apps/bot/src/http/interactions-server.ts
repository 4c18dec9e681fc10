import type { KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createDispatcher, type DispatcherOptions } from '../core/dispatcher.js';
import { createFollowUps } from './follow-up.js';
import { RawInteraction } from './interaction-schema.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { createResponder } from './respond.js';
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

/**
 * Discord's HTTP interactions front: `POST /interactions`, signed with Ed25519. Holds no session
 * state, so several instances can share a load balancer.
 */
export function createInteractionsServer<Engine>(options: InteractionsServerOptions<Engine>): InteractionsServer {
  const { logger } = options;
  const key = typeof options.publicKey === 'string' ? publicKeyFromHex(options.publicKey) : options.publicKey;
  const dispatcher = createDispatcher(options);
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
  const respond = createResponder({ dispatcher, followUps: createFollowUps(options.apiUrl), deferAfterMs, later });

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

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
