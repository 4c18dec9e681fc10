import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stand-in received, body parsed as JSON when it is JSON. */
export interface RecordedRequest {
  method: string;
  /** Path after the version prefix, e.g. `/interactions/1/tok/callback`. */
  route: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** The next request matching `method` + `route` gets `status` instead of its answer (once). */
export interface Fault {
  method: string;
  route: RegExp;
  status: 429 | 500;
}

export interface FakeDiscordOptions {
  applicationId: string;
  /** What GET .../commands returns (the commands Discord already has). */
  existingCommands?: unknown[];
  /** The shard count GET /gateway/bot recommends (1 by default). */
  shards?: number;
}

export interface FakeDiscord {
  readonly server: Server;
  readonly origin: string;
  /** The REST base to give discord.js (`rest.api`) or DISCORD_API_URL. */
  readonly apiUrl: string;
  readonly requests: RecordedRequest[];
  readonly faultsServed: Fault[];
  inject(fault: Fault): void;
  /** Waits (bounded) until `count` recorded requests match. */
  waitFor(match: (r: RecordedRequest) => boolean, count?: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

const VERSIONED = /^\/api\/v\d+(\/.*)$/;

function botUser(applicationId: string) {
  return { id: applicationId, username: 'Kizuna', discriminator: '0000', global_name: null, avatar: null, bot: true };
}

/** A message object as Discord returns it for webhook calls (discord.js builds a Message from it). */
export function fakeMessage(applicationId: string, body: Record<string, unknown>, id = '900000000000000001') {
  return {
    id,
    channel_id: '800000000000000001',
    author: botUser(applicationId),
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    type: 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    webhook_id: applicationId,
    application_id: applicationId,
  };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * A local stand-in for Discord's REST API: records every request and answers the routes the
 * fronts use (interaction callbacks with 204 and no content type, webhooks, gateway/bot, commands).
 */
export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const faultsServed: Fault[] = [];
  const listeners = new Set<() => void>();
  let existing = options.existingCommands ?? [];
  let origin = '';
  let messageSeq = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      const route = decodeURIComponent(VERSIONED.exec(url.pathname)?.[1] ?? url.pathname);
      const method = req.method ?? 'GET';
      requests.push({ method, route, path: url.pathname, query: url.searchParams, headers: req.headers, body });
      for (const listener of listeners) listener();

      const faultIndex = faults.findIndex((f) => f.method === method && f.route.test(route));
      const fault = faultIndex >= 0 ? faults.splice(faultIndex, 1)[0] : undefined;
      if (fault) {
        faultsServed.push(fault);
        if (fault.status === 429) {
          json(
            res,
            429,
            { message: 'You are being rate limited.', retry_after: 0.1, global: false },
            { 'retry-after': '0.1', 'x-ratelimit-scope': 'user' },
          );
        } else {
          json(res, 500, { message: '500: Internal Server Error', code: 0 });
        }
        return;
      }
      answer(method, route, body, res);
    })();
  });

  const answer = (method: string, route: string, body: unknown, res: ServerResponse) => {
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(route)) {
      res.writeHead(204); // no content type: discord.js must not try to parse a body
      res.end();
      return;
    }
    if (/^\/webhooks\/[^/]+\/[^/]+(\/messages\/[^/]+)?$/.test(route)) {
      if (method === 'DELETE') {
        res.writeHead(204);
        res.end();
        return;
      }
      messageSeq += 1;
      json(res, 200, fakeMessage(options.applicationId, record, String(900000000000000001n + BigInt(messageSeq))));
      return;
    }
    if (method === 'GET' && route === '/gateway/bot') {
      json(res, 200, {
        url: `${origin.replace(/^http/, 'ws')}/gateway`,
        shards: options.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 },
      });
      return;
    }
    if (/^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(route)) {
      if (method === 'GET') {
        json(res, 200, existing);
        return;
      }
      if (method === 'PUT' && Array.isArray(body)) {
        existing = body.map((command, i) => ({
          id: String(700000000000000001n + BigInt(i)),
          application_id: options.applicationId,
          version: '1',
          ...(command as object),
        }));
        json(res, 200, existing);
        return;
      }
    }
    json(res, 404, { message: `Unknown route ${method} ${route}`, code: 0 });
  };

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    server,
    origin,
    apiUrl: `${origin}/api`,
    requests,
    faultsServed,
    inject: (fault) => faults.push(fault),
    waitFor(match, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = requests.filter(match);
          if (found.length < count) return false;
          listeners.delete(listener);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const listener = () => void check();
        const timer = setTimeout(() => {
          listeners.delete(listener);
          const seen = requests.map((r) => `${r.method} ${r.route}`).join(', ');
          reject(new Error(`timed out waiting for ${count} matching request(s); saw: ${seen || 'none'}`));
        }, timeoutMs);
        listeners.add(listener);
        check();
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
