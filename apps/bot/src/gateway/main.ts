// `pnpm bot` / `pnpm start`: the discord.js gateway client.
import { GatewayEnv, readEnvOrReport } from '../runtime/env.js';
import { createLogger } from '../runtime/logger.js';
import { exitOnSignals, logStrayRejections } from '../runtime/shutdown.js';
import { createBot } from './create-bot.js';

async function main(): Promise<number> {
  const env = readEnvOrReport(GatewayEnv, process.env, 'bot');
  if (!env) return 1;
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] });
  logStrayRejections(logger);
  // Loaded after the env check, so a missing variable is reported at once.
  const { openRuntime } = await import('../runtime/open-runtime.js');
  const { engine, deps } = await openRuntime({ dataDir: env.KIZUNA_DATA_DIR, watch: true, logger });
  const bot = createBot({ ...deps, apiUrl: env.DISCORD_API_URL });
  exitOnSignals(logger, async () => {
    await bot.destroy();
    await engine.close();
  });
  try {
    await bot.login(env.DISCORD_TOKEN);
  } catch (err) {
    logger.fatal({ err }, 'could not connect to Discord (check DISCORD_TOKEN, see docs/discord.md)');
    await bot.destroy();
    await engine.close();
    return 1;
  }
  return 0;
}

const code = await main();
if (code !== 0) process.exit(code);
