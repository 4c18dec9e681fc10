import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The bot package folder, where `tsx` resolves. */
export const botDir = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningEntry {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name), bounded by `timeoutMs`. */
  exited(timeoutMs?: number): Promise<number | string>;
  /** Waits (bounded) until stderr matches `pattern`; returns the match. */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Kills the process if it is still running (afterEach). */
  stop(): Promise<void>;
}

/**
 * Runs an entrypoint as a user would: a `.ts` source with `tsx --conditions=@kizuna/source`, a
 * built `.js` (dist/, see `buildDist`) with plain `node`, as production does. Only the environment
 * given (plus PATH) is passed, so a developer's own DISCORD_TOKEN never leaks into a test.
 */
export function runEntry(file: string, env: Record<string, string>, args: string[] = []): RunningEntry {
  const loader = file.endsWith('.ts') ? ['--import', 'tsx', '--conditions=@kizuna/source'] : [];
  const child = spawn(process.execPath, [...loader, file, ...args], {
    cwd: botDir,
    env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const stderrListeners = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
    for (const listener of stderrListeners) listener();
  });
  const exit = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    async exited(timeoutMs = 20_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${file} did not exit; stderr:\n${err}`)), timeoutMs);
      });
      try {
        return await Promise.race([exit, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    waitForStderr(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const done = () => {
          stderrListeners.delete(check);
          clearTimeout(timer);
        };
        const check = () => {
          const match = err.match(pattern);
          if (match) {
            done();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${file}: no ${pattern} on stderr; got:\n${err}`));
        }, timeoutMs);
        stderrListeners.add(check);
        void exit.then(() => {
          if (stderrListeners.has(check)) {
            done();
            reject(new Error(`${file} exited before ${pattern}; stderr:\n${err}`));
          }
        });
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exit;
      }
    },
  };
}
