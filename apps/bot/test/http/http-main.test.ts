import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { APP_ID, rawChatInput } from '../support/raw-interactions.js';
import { type RunningEntry, runEntry } from '../support/run-entry.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

let discord: FakeDiscord;
let server: RunningEntry | undefined;
let dataDir: string;

async function signedPost(url: string, body: unknown) {
  const text = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + text), privateKey).toString('hex');
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body: text,
  });
  return { status: response.status, json: (await response.json()) as { type: number; data?: Record<string, unknown> } };
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kizuna-http-'));
  discord = await startFakeDiscord({ applicationId: APP_ID });
});

// When a child-process test fails, its own logs say why.
beforeEach(() => {
  onTestFailed(() => {
    if (server) console.error(`--- child stderr ---\n${server.stderr().slice(-4000)}`);
  });
});

afterEach(async () => {
  await server?.stop();
  server = undefined;
  await discord.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('pnpm bot:http', () => {
  it('serves signed interactions on PORT with the real commands, and stops on SIGTERM', async () => {
    server = runEntry('src/http/main.ts', {
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      KIZUNA_DATA_DIR: dataDir,
    });
    const [, port] = await server.waitForStderr(/"port":(\d+)/);
    const url = `http://127.0.0.1:${port}/interactions`;

    expect(await signedPost(url, { type: 1 })).toEqual({ status: 200, json: { type: 1 } });
    const about = await signedPost(url, rawChatInput('about', {}, 'en-US'));
    expect(about.status).toBe(200);
    expect([4, 5]).toContain(about.json.type);
    if (about.json.type === 4) expect(about.json.data).toMatchObject({ allowed_mentions: { parse: [] } });
    const forged = await fetch(url, { method: 'POST', body: '{"type":1}' });
    expect(forged.status).toBe(401);

    server.child.kill('SIGTERM');
    expect(await server.exited()).toBe(0);
  }, 60_000);

  it('explains a missing public key', async () => {
    server = runEntry('src/http/main.ts', { DISCORD_APPLICATION_ID: APP_ID, KIZUNA_DATA_DIR: dataDir });
    expect(await server.exited()).toBe(1);
    expect(server.stderr()).toContain('DISCORD_PUBLIC_KEY is not set');
  }, 30_000);
});
