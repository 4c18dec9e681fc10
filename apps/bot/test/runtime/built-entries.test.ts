import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { buildDist } from '../support/build-dist.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { attachFakeGateway, type FakeGateway } from '../support/fake-gateway.js';
import { APP_ID, rawChatInput } from '../support/raw-interactions.js';
import { botDir, type RunningEntry, runEntry } from '../support/run-entry.js';

// Production runs the built JavaScript under node, so a supervisor's SIGTERM reaches the process
// that holds the listener (through pnpm and tsx it did not: pnpm → sh → tsx → node).

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.Fake12.built-entry-token';
// "quickly": a supervisor's grace period is usually 10 s
const EXIT_WITHIN_MS = 5000;

const rootDir = join(botDir, '../..');
const rootScripts = (
  JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** The built file a root production script runs: it must be plain `node <file>`, nothing between. */
function prodEntry(script: string): string {
  const m = /^node (\S+\.js)$/.exec(rootScripts[script] ?? '');
  if (!m?.[1]) throw new Error(`pnpm ${script} must run \`node <built file>\`, got "${rootScripts[script]}"`);
  return join(rootDir, m[1]);
}

let discord: FakeDiscord;
let entry: RunningEntry | undefined;
let dataDir: string;

beforeAll(buildDist, 240_000);

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kizuna-built-'));
  discord = await startFakeDiscord({ applicationId: APP_ID });
  onTestFailed(() => {
    if (entry) console.error(`--- child stderr ---\n${entry.stderr().slice(-4000)}`);
  });
});

afterEach(async () => {
  await entry?.stop();
  entry = undefined;
  await discord.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A signed POST whose body arrives in two parts: the request is in flight until `finish()`. */
function halfSentPost(port: number, body: unknown) {
  const text = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const req = request({
    host: '127.0.0.1',
    port,
    path: '/interactions',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'x-signature-ed25519': sign(null, Buffer.from(timestamp + text), privateKey).toString('hex'),
      'x-signature-timestamp': timestamp,
    },
  });
  const response = new Promise<{ status: number; json: { type: number; data?: Record<string, unknown> } }>(
    (resolve, reject) => {
      req.on('error', reject);
      req.on('response', (res) => {
        let raw = '';
        res.on('data', (chunk: Buffer) => {
          raw += chunk.toString('utf8');
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(raw) }));
      });
    },
  );
  const half = Math.floor(text.length / 2);
  req.write(text.slice(0, half));
  return { response, finish: () => req.end(text.slice(half)) };
}

describe('the built fronts under node', () => {
  it('bot:http:prod: SIGTERM closes the listener, finishes the request in flight and exits 0', async () => {
    entry = runEntry(prodEntry('bot:http:prod'), {
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      KIZUNA_DATA_DIR: dataDir,
    });
    const [, port] = await entry.waitForStderr(/"port":(\d+)/);
    const inFlight = halfSentPost(Number(port), rawChatInput('about', {}, 'en-US'));
    // the server has the request (headers read) before the signal
    await new Promise((resolve) => setTimeout(resolve, 200));

    const signalled = Date.now();
    entry.child.kill('SIGTERM');
    await entry.waitForStderr(/shutting down/);
    // no new connection is accepted once closing
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    inFlight.finish();
    const { status, json } = await inFlight.response;
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    expect(JSON.stringify(json.data)).toMatch(/Kizuna/);
    expect(await entry.exited(EXIT_WITHIN_MS)).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(EXIT_WITHIN_MS);
  }, 60_000);

  it('start: the gateway client connects, then exits 0 on SIGTERM', async () => {
    const gateway: FakeGateway = attachFakeGateway(discord.server, APP_ID, 1000);
    try {
      entry = runEntry(prodEntry('start'), {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: discord.apiUrl,
        KIZUNA_DATA_DIR: dataDir,
      });
      await gateway.waitFor((e) => e.op === 2, 30_000);
      await entry.waitForStderr(/gateway ready/);
      const signalled = Date.now();
      entry.child.kill('SIGTERM');
      expect(await entry.exited(EXIT_WITHIN_MS)).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(EXIT_WITHIN_MS);
    } finally {
      await gateway.close();
    }
  }, 60_000);

  it('bot:sharded:prod: spawns built shards, then exits 0 on SIGTERM', async () => {
    const sharded = await startFakeDiscord({ applicationId: APP_ID, shards: 2 });
    const gateway = attachFakeGateway(sharded.server, APP_ID);
    try {
      entry = runEntry(prodEntry('bot:sharded:prod'), {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: sharded.apiUrl,
        KIZUNA_DATA_DIR: dataDir,
        KIZUNA_SHARD_SPAWN_DELAY_MS: '0',
      });
      await entry.waitForStderr(/all shards ready/, 90_000);
      expect(gateway.received.filter((e) => e.op === 2)).toHaveLength(2);
      entry.child.kill('SIGTERM');
      expect(await entry.exited(EXIT_WITHIN_MS)).toBe(0);
    } finally {
      await gateway.close();
      await sharded.close();
    }
  }, 120_000);
});
