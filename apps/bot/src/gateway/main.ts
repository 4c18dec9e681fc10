// `pnpm bot` / `pnpm start`: the discord.js gateway client.
import { createBot } from '../discord/create-bot.js';
import { exitOnSignals, logStrayRejections } from '../discord/shutdown.js';
import { EnvError, GatewayEnv, readEnv } from '../env.js';
import { createLogger } from '../logger.js';

async function main(): Promise<number> {
  let env: GatewayEnv;
  try {
    env = readEnv(GatewayEnv, process.env);
  } catch (err) {
    if (!(err instanceof EnvError)) throw err;
    process.stderr.write(`kizuna bot: ${err.message}\n`);
    return 1;
  }
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] });
  logStrayRejections(logger);
  // Loaded after the env check, so a missing variable is reported at once.
  const { openRuntime } = await import('../discord/open-runtime.js');
  const { engine, deps } = await openRuntime(env.KIZUNA_DATA_DIR, logger);
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
