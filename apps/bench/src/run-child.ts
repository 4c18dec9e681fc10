import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod';
import { BenchError, readResult } from './child-output.js';

const TSX = ['--import', 'tsx', '--conditions=@kizuna/source'];

/**
 * Runs a bench script in a fresh Node process (so start-up, memory and JIT state are its own)
 * and returns its validated result. stderr passes through for progress.
 */
export function runChild<S extends z.ZodType>(
  script: string,
  args: readonly string[],
  schema: S,
  options: { nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<z.infer<S>> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, ...(options.nodeArgs ?? []), path, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...options.env },
    });
    let out = '';
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut)
        return reject(new BenchError('TIMED_OUT', `${script} did not finish within ${options.timeoutMs} ms`));
      if (code !== 0) return reject(new BenchError('CHILD_FAILED', `${script} exited with ${code}`));
      try {
        resolve(readResult(out, schema, script));
      } catch (error) {
        reject(error);
      }
    });
  });
}
