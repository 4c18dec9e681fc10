// The sharded start for bots in thousands of servers (mandatory from 2,500): one process per
// shard, each running gateway/main.ts, which discord.js configures from the SHARDS env it sets.
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import * as z from 'zod';
import { readEnvOrReport, ShardedEnv } from '../runtime/env.js';
import { createLogger } from '../runtime/logger.js';
import { exitOnSignals } from '../runtime/shutdown.js';

const GatewayBot = z.looseObject({ shards: z.number().int().min(1) });

async function main(): Promise<number> {
  const env = readEnvOrReport(ShardedEnv, process.env, 'bot (sharded)');
  if (!env) return 1;
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] });
  let total = env.KIZUNA_SHARDS;
  if (total === 'auto') {
    // Asked through our REST client so DISCORD_API_URL (a proxy) is honoured.
    const rest = new REST(env.DISCORD_API_URL === undefined ? {} : { api: env.DISCORD_API_URL });
    total = GatewayBot.parse(await rest.setToken(env.DISCORD_TOKEN).get(Routes.gatewayBot())).shards;
  }
  // Each shard runs main beside this file: the built JavaScript under node (`pnpm bot:sharded:prod`),
  // or the TypeScript source through tsx, like `pnpm bot`.
  const built = import.meta.url.endsWith('.js');
  const manager = new ShardingManager(fileURLToPath(new URL(built ? './main.js' : './main.ts', import.meta.url)), {
    token: env.DISCORD_TOKEN,
    totalShards: total,
    mode: 'process',
    execArgv: built ? [] : ['--import', 'tsx', '--conditions=@kizuna/source'],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, total }, 'shard started');
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process died; discord.js respawns it'));
  });
  exitOnSignals(logger, async () => {
    // Each shard gets SIGTERM and shuts down gracefully on its own.
    for (const shard of manager.shards.values()) shard.kill();
  });
  await manager.spawn({ amount: total, delay: env.KIZUNA_SHARD_SPAWN_DELAY_MS, timeout: 60_000 });
  logger.info({ total }, 'all shards ready');
  return 0;
}

const code = await main();
if (code !== 0) process.exit(code);
