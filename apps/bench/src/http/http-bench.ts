import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BenchError } from '../child-output.js';
import { APP_ID, appKeys, rawInteraction, signed } from './signed-requests.js';

export interface HttpResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

const freePort = async () => {
  const s = createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const address = s.address();
  s.close();
  if (!address || typeof address === 'string') throw new BenchError('CHILD_FAILED', 'no free port');
  return address.port;
};

async function waitHealthy(port: number, child: ChildProcess): Promise<void> {
  // the endpoint loads and indexes its corpus first: allow it up to 5 minutes
  for (let i = 0; i < 3000; i++) {
    if (child.exitCode !== null) throw new BenchError('CHILD_FAILED', `the server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health`);
      await r.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new BenchError('CHILD_FAILED', 'the server did not start within 5 minutes');
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await once(child, 'exit');
  clearTimeout(timer);
}

/**
 * Loads an HTTP server on loopback with signed interactions (autocomplete and /meeting, the hot
 * paths) for `seconds`, with autocannon in this process and the server in its own.
 */
async function load(port: number, requests: { body: string; headers: Record<string, string> }[], seconds: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/interactions`,
    method: 'POST',
    connections: 10,
    duration: seconds,
    requests: requests.map((r) => ({ method: 'POST', path: '/interactions', body: r.body, headers: r.headers })),
  });
  return {
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  } satisfies HttpResult;
}

export async function httpBench(
  dataDir: string,
  typed: readonly { command: 'meeting' | 'person'; typed: string }[],
  meetings: readonly string[],
  seconds: number,
): Promise<{ kizuna: HttpResult; baseline: HttpResult }> {
  const { privateKey, publicKeyHex } = appKeys();
  const bodies = [
    ...typed.map((a, i) =>
      rawInteraction('autocomplete', a.command, a.command === 'person' ? 'name' : 'query', a.typed, i),
    ),
    ...meetings.map((q, i) => rawInteraction('command', 'meeting', 'query', q, 10_000 + i)),
  ];
  const requests = bodies.map((b) => signed(b, privateKey));

  const port = await freePort();
  // the endpoint's entry point as the bot package exports it (its TypeScript source under @kizuna/source)
  const main = fileURLToPath(import.meta.resolve('@kizuna/bot/http/main'));
  const server = spawn(process.execPath, ['--import', 'tsx', '--conditions=@kizuna/source', main], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: APP_ID,
      // deferred answers would go to Discord: point them at a closed local port instead
      DISCORD_API_URL: 'http://127.0.0.1:9',
      PORT: String(port),
      HOST: '127.0.0.1',
      KIZUNA_DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
    },
  });
  let kizuna: HttpResult;
  try {
    await waitHealthy(port, server);
    await load(port, requests.slice(0, 20), 1); // warm-up
    kizuna = await load(port, requests, seconds);
  } finally {
    await stop(server);
  }

  const barePort = await freePort();
  const bare = spawn(process.execPath, [fileURLToPath(new URL('./bare-server.ts', import.meta.url))], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(barePort), NODE_OPTIONS: '--import tsx' },
  });
  let baseline: HttpResult;
  try {
    await waitHealthy(barePort, bare);
    baseline = await load(barePort, requests, seconds);
  } finally {
    await stop(bare);
  }
  return { kizuna, baseline };
}
