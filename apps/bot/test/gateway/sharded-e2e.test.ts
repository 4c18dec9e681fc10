import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { attachFakeGateway, type FakeGateway, type GatewayEvent } from '../support/fake-gateway.js';
import { APP_ID } from '../support/raw-interactions.js';
import { type RunningEntry, runEntry } from '../support/run-entry.js';

let discord: FakeDiscord | undefined;
let gateway: FakeGateway | undefined;
let manager: RunningEntry | undefined;
let dataDir: string | undefined;

// When a child-process test fails, its own logs say why.
beforeEach(() => {
  onTestFailed(() => {
    if (manager) console.error(`--- child stderr ---\n${manager.stderr().slice(-4000)}`);
  });
});

afterEach(async () => {
  await manager?.stop();
  await gateway?.close();
  await discord?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const shardOf = (e: GatewayEvent) => (e.d as { shard?: number[] }).shard;

describe('the sharded start', () => {
  it('spawns the shard count Discord recommends, one IDENTIFY per shard', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kizuna-shards-'));
    discord = await startFakeDiscord({ applicationId: APP_ID, shards: 2 });
    gateway = attachFakeGateway(discord.server, APP_ID);
    manager = runEntry('src/gateway/sharded.ts', {
      DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.Shard1.sharded-secret-token',
      DISCORD_API_URL: discord.apiUrl,
      KIZUNA_DATA_DIR: dataDir,
      KIZUNA_SHARD_SPAWN_DELAY_MS: '0',
    });
    await manager.waitForStderr(/all shards ready/, 90_000);
    const identifies = gateway.received.filter((e) => e.op === 2);
    expect(identifies.map(shardOf).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    manager.child.kill('SIGTERM');
    expect(await manager.exited()).toBe(0);
  }, 120_000);
});
