import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { openEngine } from '../../src/engine/index.js';
import { buildArticle, date } from '../support/article-builder.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../support/fake-discord.js';
import { attachFakeGateway, type FakeGateway } from '../support/fake-gateway.js';
import { APP_ID, rawChatInput } from '../support/raw-interactions.js';
import { type RunningEntry, runEntry } from '../support/run-entry.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.Fake12.e2e-secret-token-never-logged';

let discord: FakeDiscord;
let gateway: FakeGateway;
let bot: RunningEntry | undefined;
let dataDir: string;

/** One small article with a 2+2 meeting, so `/meeting 2+2` has something to find. */
async function writeCorpus(dir: string): Promise<void> {
  const first = 'Le 4 décembre 2023, le Vietnam et le Japon ont tenu à Tokyo leur dialogue 2+2 sur la défense.';
  const second = 'Les deux parties ont convenu de renforcer la coopération dans la sécurité maritime.';
  const article = buildArticle({
    id: 'e2e-two-plus-two',
    title: 'Dialogue 2+2 Vietnam-Japon',
    publisher: 'Test',
    published: date('2023-12-05'),
    paragraphs: [[first, second]],
    events: [
      {
        id: 'e2e-two-plus-two#e1',
        kind: 'dialogue',
        name: 'Dialogue 2+2 Vietnam-Japon sur la défense',
        aliases: ['2+2'],
        date: date('2023-12-04', '4 décembre 2023'),
        place: { name: 'Tokyo', country: 'JP' },
        evidence: [first],
      },
    ],
    facts: [
      {
        about: 'e2e-two-plus-two#e1',
        kind: 'outcome',
        text: 'coopération maritime',
        quote: 'renforcer la coopération dans la sécurité maritime',
      },
    ],
  });
  await mkdir(join(dir, 'articles'), { recursive: true });
  await writeFile(join(dir, 'articles', `${article.id}.json`), JSON.stringify(article));
}

async function writeArticle(dir: string, id: string, sentences: string[]): Promise<void> {
  const article = buildArticle({ id, title: id, paragraphs: [sentences] });
  await writeFile(join(dir, 'articles', `${id}.json`), JSON.stringify(article));
}

/** The answer the real command gives over the same corpus, computed in-process. */
async function expectedAnswer(query: string) {
  const engine = await openEngine({ dataDir });
  try {
    const meeting = commands.find((c) => c.data.name === 'meeting');
    if (!meeting) throw new Error('no /meeting command');
    return await meeting.execute({ query }, { engine: engine.current(), locale: 'fr' });
  } finally {
    await engine.close();
  }
}

const callbacks = (r: RecordedRequest) => r.method === 'POST' && r.route.endsWith('/callback');

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kizuna-e2e-'));
  await writeCorpus(dataDir);
  discord = await startFakeDiscord({ applicationId: APP_ID });
  gateway = attachFakeGateway(discord.server, APP_ID, 1000);
});

// When a child-process test fails, its own logs say why.
beforeEach(() => {
  onTestFailed(() => {
    if (bot) console.error(`--- child stderr ---\n${bot.stderr().slice(-4000)}`);
  });
});

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  await gateway.close();
  await discord.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('pnpm bot against a local stand-in for Discord', () => {
  it('connects, answers /meeting 2+2 through a 500 and a 429, reloads the corpus live, and shuts down on SIGTERM', async () => {
    discord.inject({ method: 'GET', route: /^\/gateway\/bot$/, status: 500 });
    discord.inject({ method: 'POST', route: /\/callback$/, status: 429 });
    bot = runEntry('src/gateway/main.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      KIZUNA_DATA_DIR: dataDir,
    });

    const identify = await gateway.waitFor((e) => e.op === 2, 30_000);
    expect(identify.d).toMatchObject({ token: TOKEN, intents: 1, shard: [0, 1] });
    expect(gateway.connections[0]?.get('v')).toBe('10');
    expect(gateway.connections[0]?.get('encoding')).toBe('json');
    await gateway.waitFor((e) => e.op === 1); // a heartbeat, acknowledged with op 11

    const raw = rawChatInput('meeting', { query: '2+2' }, 'fr');
    gateway.dispatch('INTERACTION_CREATE', raw);

    // The first callback gets 429; discord.js waits for retry-after and sends it again.
    const [, answered] = await discord.waitFor(callbacks, 2, 20_000);
    expect(answered?.route).toBe(`/interactions/${raw.id}/${raw.token}/callback`);
    const body = answered?.body as { type: number; data: Record<string, unknown> };
    const expected = await expectedAnswer('2+2');
    if (body.type === 5) {
      const [edit] = await discord.waitFor((r) => r.method === 'PATCH', 1, 20_000);
      expect(edit?.body).toMatchObject({ embeds: expected.embeds ?? [], allowed_mentions: { parse: [] } });
    } else {
      expect(body.type).toBe(4);
      expect(body.data).toMatchObject({ ...expected, allowed_mentions: { parse: [] } });
    }
    // A meeting card, not an apology: the real command found the 2+2 dialogue.
    expect(expected.embeds?.length).toBeGreaterThan(0);
    expect(JSON.stringify(expected.embeds)).toContain('2+2');
    expect(discord.faultsServed.map((f) => f.status).sort()).toEqual([429, 500]);

    // Live reload: an article written to data/articles is searchable without a restart.
    await writeArticle(dataDir, 'e2e-live-reload', [
      'Les garde-côtes ont présenté à Da Nang un patrouilleur baptisé Xylographe.',
    ]);
    let found = false;
    for (let attempt = 0; attempt < 30 && !found; attempt += 1) {
      const search = rawChatInput('search', { text: 'Xylographe' }, 'fr');
      gateway.dispatch('INTERACTION_CREATE', search);
      const [reply] = await discord.waitFor((r) => callbacks(r) && r.route.includes(search.id), 1, 20_000);
      found = JSON.stringify(reply?.body).includes('Xylographe.');
      if (!found) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(found).toBe(true);

    bot.child.kill('SIGTERM');
    expect(await bot.exited()).toBe(0);
    expect(bot.stderr()).not.toContain('e2e-secret-token-never-logged');
    expect(bot.stderr()).toContain('gateway ready');
  }, 60_000);

  it('explains a missing token and points to pnpm console', async () => {
    bot = runEntry('src/gateway/main.ts', { KIZUNA_DATA_DIR: dataDir });
    expect(await bot.exited()).toBe(1);
    expect(bot.stderr()).toContain('DISCORD_TOKEN is not set');
    expect(bot.stderr()).toContain('pnpm console');
  }, 30_000);
});
