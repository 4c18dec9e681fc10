// `pnpm bot:http`: the HTTP interactions endpoint (POST /interactions on PORT).
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { HttpEnv, readEnvOrReport } from '../runtime/env.js';
import { createLogger } from '../runtime/logger.js';
import { exitOnSignals, logStrayRejections } from '../runtime/shutdown.js';
import { createInteractionsServer } from './interactions-server.js';

async function main(): Promise<number> {
  const env = readEnvOrReport(HttpEnv, process.env, 'bot:http');
  if (!env) return 1;
  const logger = createLogger({ level: env.LOG_LEVEL });
  logStrayRejections(logger);
  // Loaded after the env check, so a missing variable is reported at once.
  const { openRuntime } = await import('../runtime/open-runtime.js');
  const { engine, deps } = await openRuntime({ dataDir: env.KIZUNA_DATA_DIR, watch: true, logger });
  const endpoint = createInteractionsServer({
    ...deps,
    publicKey: env.DISCORD_PUBLIC_KEY,
    apiUrl: env.DISCORD_API_URL,
  });
  endpoint.server.on('error', (err) => {
    logger.fatal({ err }, 'the HTTP server failed');
    process.exit(1);
  });
  endpoint.server.listen(env.PORT, env.HOST);
  await once(endpoint.server, 'listening');
  const { address, port } = endpoint.server.address() as AddressInfo;
  logger.info({ address, port, path: '/interactions' }, 'listening for Discord interactions');
  exitOnSignals(logger, async () => {
    await endpoint.close();
    await engine.close();
  });
  return 0;
}

const code = await main();
if (code !== 0) process.exit(code);
