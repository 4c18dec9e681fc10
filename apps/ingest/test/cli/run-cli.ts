import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const args = (cliArgs: string[]) => ['--conditions=@kizuna/source', 'src/main.ts', ...cliArgs];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the ingest CLI as a user would (a child process); `cwd` plays the folder the user typed it in. */
export function runCli(cliArgs: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      args(cliArgs),
      {
        cwd: app,
        env: { ...process.env, INIT_CWD: cwd, KIZUNA_SETTLE_MS: process.env.KIZUNA_SETTLE_MS ?? '200' },
        maxBuffer: 1 << 26,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Starts the CLI and leaves it running (for --watch). */
export function startCli(cliArgs: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(tsx, args(cliArgs), {
    cwd: app,
    env: { ...process.env, INIT_CWD: cwd, KIZUNA_SETTLE_MS: process.env.KIZUNA_SETTLE_MS ?? '200', ...env },
    stdio: 'pipe',
  });
}
