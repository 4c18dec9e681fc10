import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/core/contract.js';
import type { EngineHandle, QueryEngine } from '../../src/engine/index.js';
import { createInteractionsServer, type InteractionsServer } from '../../src/http/interactions-server.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openRuntime } from '../../src/runtime/open-runtime.js';
import { buildArticle } from '../support/article-builder.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';

// The real runtime (commands, engine over a live corpus folder, logger) behind the HTTP front,
// plus two extra commands: one that throws and one slow enough to be answered by follow-up.
const APP_ID = '100000000000000001';
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const forger = generateKeyPairSync('ed25519').privateKey;
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

const logs: { level: number; msg: string }[] = [];
const logger = createLogger({
  level: 'info',
  destination: {
    write: (line: string) => {
      logs.push(JSON.parse(line) as { level: number; msg: string });
    },
  },
});

const boom: CommandModule<QueryEngine> = {
  data: { name: 'boom', description: 'always fails' },
  execute() {
    throw new Error('handler exploded');
  },
};
const slow: CommandModule<QueryEngine> = {
  data: { name: 'slow', description: 'answered by follow-up' },
  slow: true,
  execute: ({ topic }, { engine }) => ({
    content: `${String(topic)}: ${engine.corpus.articles.length} articles`,
    allowed_mentions: { parse: [] },
  }),
};

let data: string;
let discord: FakeDiscord;
let engine: EngineHandle;
let endpoint: InteractionsServer;
let url: string;
let seq = 0;

function interaction(type: 2 | 4, name: string, options: Record<string, string>, focused?: string) {
  seq += 1;
  return {
    id: String(200000000000000000n + BigInt(seq)),
    application_id: APP_ID,
    token: `token-${seq}`,
    version: 1,
    type,
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    data: {
      id: '400000000000000001',
      name,
      type: 1,
      options: Object.entries(options).map(([k, v]) => ({
        name: k,
        type: 3,
        value: v,
        ...(k === focused ? { focused: true } : {}),
      })),
    },
  };
}

function signedRequest(body: unknown, key: KeyObject = privateKey, timestamp = Math.floor(Date.now() / 1000)) {
  const text = JSON.stringify(body);
  const ts = String(timestamp);
  return {
    body: text,
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': sign(null, Buffer.from(ts + text), key).toString('hex'),
      'x-signature-timestamp': ts,
    },
  };
}

async function post(body: unknown) {
  const r = signedRequest(body);
  const res = await fetch(url, { method: 'POST', headers: r.headers, body: r.body });
  return { status: res.status, json: (await res.json()) as { type: number; data?: Record<string, unknown> } };
}

const meeting = () => post(interaction(2, 'meeting', { query: '2+2' }));

/** Bounded wait for a condition that an asynchronous part of the bot makes true. */
async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never happened: ${what}`);
}

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), 'kizuna-bot-faults-'));
  await mkdir(join(data, 'articles'), { recursive: true });
  discord = await startFakeDiscord({ applicationId: APP_ID });
  const runtime = await openRuntime({ dataDir: data, watch: true, logger });
  engine = runtime.engine;
  endpoint = createInteractionsServer({
    ...runtime.deps,
    commands: [...runtime.deps.commands, boom, slow],
    publicKey: publicKeyHex,
    apiUrl: discord.apiUrl,
  });
  endpoint.server.listen(0, '127.0.0.1');
  await once(endpoint.server, 'listening');
  url = `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}/interactions`;
}, 120_000);

afterAll(async () => {
  await endpoint?.close();
  await engine?.close();
  await discord?.close();
  await rm(data, { recursive: true, force: true });
});

describe('the bot under faults (real commands and corpus behind the HTTP endpoint)', () => {
  it('answers /meeting from the corpus', async () => {
    const { status, json } = await meeting();
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    expect(JSON.stringify(json.data)).toMatch(/2\+2/);
  });

  it('turns a handler that throws into a friendly private message, logs it, and keeps answering', async () => {
    const { status, json } = await post(interaction(2, 'boom', {}));
    expect(status).toBe(200);
    expect(json.data?.flags).toBe(64);
    expect(JSON.stringify(json.data)).not.toMatch(/exploded|Error:|at /);
    expect(logs.some((l) => l.level >= 50 && /boom/.test(l.msg))).toBe(true);
    expect((await meeting()).json.type).toBe(4);
  });

  it('keeps the last good corpus when a file turns invalid, logs why, and takes the next good one', async () => {
    const before = engine.current().corpus.articles.length;
    await writeFile(join(data, 'articles', 'broken.json'), '{"id": "broken", "title": ');
    await eventually(() => logs.some((l) => /reload failed/.test(l.msg)), 'the reload error is logged');
    expect(engine.current().corpus.articles.length).toBe(before);
    expect(JSON.stringify((await meeting()).json.data)).toMatch(/2\+2/);

    // fixed: the broken file goes, a new valid article arrives, and it is answered
    const search = async () => JSON.stringify((await post(interaction(2, 'search', { text: 'Xylographe' }))).json);
    expect(await search()).not.toContain('Xylographe.');
    await rm(join(data, 'articles', 'broken.json'));
    const article = buildArticle({
      id: 'live-reload',
      title: 'A patrol boat named Xylographe',
      language: 'en',
      paragraphs: [['The coast guard showed a patrol boat named Xylographe in Da Nang.']],
    });
    await writeFile(join(data, 'articles', 'live-reload.json'), JSON.stringify(article));
    await eventually(() => logs.some((l) => /corpus reloaded/.test(l.msg)), 'the fixed corpus is loaded');
    expect(engine.current().corpus.articles.length).toBe(before + 1);
    expect(await search()).toContain('patrol boat named Xylographe in Da Nang.');
    expect(JSON.stringify((await meeting()).json.data)).toMatch(/2\+2/);
  }, 60_000);

  it('delivers a deferred answer through Discord answering 429 then 500, while other requests are answered', async () => {
    discord.inject({ method: 'PATCH', route: /^\/webhooks\//, status: 429 });
    discord.inject({ method: 'PATCH', route: /^\/webhooks\//, status: 500 });
    const deferred = await post(interaction(2, 'slow', { topic: 'report' }));
    expect(deferred.json.type).toBe(5);
    const token = `token-${seq}`;
    expect((await meeting()).json.type).toBe(4);
    const patches = await discord.waitFor((r) => r.method === 'PATCH' && r.route.includes(token), 3, 20_000);
    expect(patches).toHaveLength(3);
    expect(discord.faultsServed.map((f) => f.status)).toEqual([429, 500]);
    expect(JSON.stringify(patches.at(-1)?.body)).toMatch(/report: \d+ articles/);
  }, 30_000);

  it('refuses a flood of forged requests with 401 and still answers the real ones in between', async () => {
    const stale = Math.floor(Date.now() / 1000) - 3600;
    const body = interaction(2, 'meeting', { query: '2+2' });
    const good = signedRequest(body);
    const forged = [
      signedRequest(body, forger),
      signedRequest(body, privateKey, stale),
      { body: good.body.replace('2+2', '2+3'), headers: good.headers },
      { body: good.body, headers: { 'content-type': 'application/json' } },
      { body: good.body, headers: { ...good.headers, 'x-signature-ed25519': 'zz' } },
      { body: '{"type":1}', headers: good.headers },
    ];
    const flood = autocannon({
      url,
      method: 'POST',
      connections: 20,
      amount: 3000,
      requests: forged.map((f) => ({ method: 'POST', body: f.body, headers: f.headers })),
    });
    const real = Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i * 20));
        return i % 2 ? meeting() : post(interaction(4, 'person', { name: 'Kishi' }, 'name'));
      }),
    );
    const [result, answers] = await Promise.all([flood, real]);
    expect(result.errors).toBe(0);
    expect(result.statusCodeStats).toEqual({ '401': { count: 3000 } });
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect([4, 8]).toContain(a.json.type);
    }
  }, 120_000);
});
