import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/core/contract.js';
import { createInteractionsServer, type InteractionsServer } from '../../src/http/interactions-server.js';
import {
  capturedLogger,
  errorReply,
  type FakeEngine,
  fakeEngine,
  gatedCommand,
  meeting,
  replyLocale,
  report,
  timeline,
} from '../support/fake-commands.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { APP_ID, rawAutocomplete, rawButton, rawChatInput } from '../support/raw-interactions.js';

const NOW = 1_800_000_000_000;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
// The portal shows the raw 32-byte key in hex: the last 32 bytes of the SPKI DER.
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

let discord: FakeDiscord;
let endpoint: InteractionsServer;
let url: string;

async function start(commands: CommandModule<FakeEngine>[] = [meeting, report, timeline], deferAfterMs = 2000) {
  endpoint = createInteractionsServer({
    commands,
    engine: { current: () => fakeEngine },
    logger: capturedLogger().logger,
    replyLocale,
    errorReply,
    publicKey: publicKeyHex,
    apiUrl: discord.apiUrl,
    now: () => NOW,
    deferAfterMs,
  });
  endpoint.server.listen(0, '127.0.0.1');
  await once(endpoint.server, 'listening');
  url = `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}/interactions`;
}

interface PostOptions {
  key?: KeyObject;
  timestamp?: string;
  tamper?: (body: string) => string;
  headers?: Record<string, string>;
}

/** Posts `body` signed the way Discord signs: Ed25519 over timestamp + raw body. */
async function post(body: unknown, options: PostOptions = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = options.timestamp ?? String(Math.floor(NOW / 1000));
  const signature = sign(null, Buffer.from(timestamp + text), options.key ?? privateKey).toString('hex');
  const sent = options.tamper ? options.tamper(text) : text;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
      ...options.headers,
    },
    body: sent,
  });
  const raw = await response.text();
  const json = (raw.startsWith('{') ? JSON.parse(raw) : { text: raw }) as Record<string, unknown>;
  return { status: response.status, json };
}

beforeEach(async () => {
  discord = await startFakeDiscord({ applicationId: APP_ID });
});

afterEach(async () => {
  await endpoint?.close();
  await discord.close();
});

describe('POST /interactions signature checks', () => {
  it('answers a validly signed PING with PONG', async () => {
    await start();
    expect(await post({ type: 1 })).toEqual({ status: 200, json: { type: 1 } });
  });

  it('refuses a request with no signature headers', async () => {
    await start();
    const response = await fetch(url, { method: 'POST', body: JSON.stringify({ type: 1 }) });
    expect(response.status).toBe(401);
  });

  it('refuses a request signed with another key', async () => {
    await start();
    expect((await post({ type: 1 }, { key: other.privateKey })).status).toBe(401);
  });

  it('refuses a body changed after signing', async () => {
    await start();
    const tampered = await post(rawChatInput('meeting', { query: '2+2' }), {
      tamper: (body) => body.replace('2+2', '2+3'),
    });
    expect(tampered.status).toBe(401);
  });

  it.each([
    ['six minutes early', NOW / 1000 - 360],
    ['six minutes late', NOW / 1000 + 360],
  ])('refuses a timestamp %s', async (_, seconds) => {
    await start();
    expect((await post({ type: 1 }, { timestamp: String(Math.floor(seconds)) })).status).toBe(401);
  });

  it('accepts a timestamp four minutes off', async () => {
    await start();
    expect((await post({ type: 1 }, { timestamp: String(NOW / 1000 - 240) })).status).toBe(200);
  });

  it('refuses a body over 1 MB with 413', async () => {
    await start();
    const big = JSON.stringify({ type: 1, padding: 'x'.repeat(1024 * 1024) });
    expect((await post(big)).status).toBe(413);
  });

  it('refuses signed malformed JSON with 400', async () => {
    await start();
    expect((await post('{"type": 1,')).status).toBe(400);
  });

  it('refuses signed JSON that is not an interaction with 400', async () => {
    await start();
    expect((await post({ type: 99 })).status).toBe(400);
  });

  it('only serves POST /interactions', async () => {
    await start();
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(url.replace('/interactions', '/other'), { method: 'POST' })).status).toBe(404);
    expect((await fetch(url.replace('/interactions', '/health'))).status).toBe(200);
  });
});

describe('POST /interactions answers', () => {
  it('answers a command with type 4 and the handler payload', async () => {
    await start();
    const { status, json } = await post(rawChatInput('meeting', { query: '2+2' }, 'en-US'));
    expect(status).toBe(200);
    expect(json).toEqual({
      type: 4,
      data: { content: '[en] Dialogue 2+2 Vietnam–Japon, Tokyo, 2023', allowed_mentions: { parse: [] } },
    });
  });

  it('answers a failing command with the private friendly error', async () => {
    await start();
    const { json } = await post(rawChatInput('meeting', { query: 'boom' }));
    expect(json).toEqual({
      type: 4,
      data: { content: 'Oups, une erreur.', flags: 64, allowed_mentions: { parse: [] } },
    });
  });

  it('defers a slow command with type 5, then edits the original through REST', async () => {
    await start();
    const raw = rawChatInput('report', { topic: 'ASEAN' });
    expect((await post(raw)).json).toEqual({ type: 5, data: {} });
    await endpoint.idle();
    const [edit] = await discord.waitFor((r) => r.method === 'PATCH');
    expect(edit?.route).toBe(`/webhooks/${APP_ID}/${raw.token}/messages/@original`);
    expect(edit?.body).toEqual({ content: 'report on ASEAN', allowed_mentions: { parse: [] } });
    expect(edit?.headers.authorization).toBeUndefined();
  });

  it('defers privately when asked, and edits without the ephemeral bit', async () => {
    await start();
    expect((await post(rawChatInput('report', { topic: 'x', private: true }))).json).toEqual({
      type: 5,
      data: { flags: 64 },
    });
    await endpoint.idle();
    const [edit] = await discord.waitFor((r) => r.method === 'PATCH');
    expect(edit?.body).toEqual({ content: 'report on x', allowed_mentions: { parse: [] } });
  });

  it('defers a command still running after deferAfterMs', async () => {
    const gated = gatedCommand();
    await start([gated.command], 20);
    try {
      expect((await post(rawChatInput('gate'))).json).toEqual({ type: 5, data: {} });
    } finally {
      gated.release();
    }
    await endpoint.idle();
    const [edit] = await discord.waitFor((r) => r.method === 'PATCH');
    expect(edit?.body).toMatchObject({ content: 'finally' });
  });

  it('follows up privately when a deferred public command fails', async () => {
    await start();
    const raw = rawChatInput('report', { topic: 'boom' });
    await post(raw);
    await endpoint.idle();
    const [followUp] = await discord.waitFor(
      (r) => r.method === 'POST' && r.route === `/webhooks/${APP_ID}/${raw.token}`,
    );
    expect(followUp?.body).toMatchObject({ content: 'Oups, une erreur.', flags: 64 });
    await discord.waitFor((r) => r.method === 'DELETE');
  });

  it('answers autocomplete with type 8 and at most 25 choices', async () => {
    await start();
    const { json } = await post(rawAutocomplete('meeting', { query: 'Tok' }, 'query'));
    expect(json.type).toBe(8);
    const choices = (json.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices).toHaveLength(25);
    expect(choices[1]).toEqual({ name: 'Tok 2', value: 'Tok-2' });
  });

  it('answers a button with type 7 (update the message)', async () => {
    await start();
    const { json } = await post(rawButton('timeline:page-3'));
    expect(json).toEqual({ type: 7, data: { content: '[fr] page-3', allowed_mentions: { parse: [] } } });
  });

  it("lets only the asker rewrite the message; another user's press gets a private copy", async () => {
    await start();
    const asker = '300000000000000011';
    const own = await post(rawButton('timeline:page-2', 'en-US', { askedBy: asker, pressedBy: asker }));
    expect(own.json).toMatchObject({ type: 7, data: { content: '[en] page-2' } });
    const other = await post(
      rawButton('timeline:page-2', 'en-US', { askedBy: asker, pressedBy: '300000000000000022' }),
    );
    expect(other.json).toMatchObject({ type: 4, data: { content: '[en] page-2', flags: 64 } });
    // in a server the presser comes as member.user
    const { user, ...inGuild } = rawButton('timeline:page-4', 'en-US', { askedBy: asker });
    const member = await post({ ...inGuild, member: { user: { ...user, id: '300000000000000033' } } });
    expect(member.json).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('answers a failing button privately with type 4', async () => {
    await start();
    const { json } = await post(rawButton('timeline:boom'));
    expect(json).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('keeps serving after a handler error', async () => {
    await start();
    await post(rawChatInput('meeting', { query: 'boom' }));
    expect((await post({ type: 1 })).json).toEqual({ type: 1 });
  });
});
