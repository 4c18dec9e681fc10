import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('../../../', import.meta.url));

export interface Finished {
  /** The exit code, or null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The ingest CLI in one Node process (tsx as a loader, not tsx's wrapper process), so a signal
 * sent to it reaches the process that writes the files, as it would for a user's `kill -9`.
 */
export function startIngest(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@kizuna/source', 'src/main.ts', ...args], {
    cwd: app,
    env: { ...process.env, INIT_CWD: cwd, KIZUNA_SETTLE_MS: process.env.KIZUNA_SETTLE_MS ?? '200', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const done = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export const runIngest = (args: readonly string[], cwd: string, env: Record<string, string> = {}) =>
  startIngest(args, cwd, env).done;
