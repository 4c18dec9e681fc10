import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Lines the console keeps between runs. */
export const HISTORY_SIZE = 500;

/**
 * Where the console keeps its history: `KIZUNA_HISTORY` when set (empty: none), else the XDG state
 * folder (`$XDG_STATE_HOME/kizuna/console-history`, `~/.local/state` by default).
 */
export function historyPath(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.KIZUNA_HISTORY !== undefined) return env.KIZUNA_HISTORY || null;
  const state = env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return join(state, 'kizuna', 'console-history');
}

/** The saved lines, newest first as readline holds them; none when the file is missing or unreadable. */
export function readHistory(file: string | null): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/** Saves readline's history (newest first) oldest first, one line each; a failure only loses the history. */
export function writeHistory(file: string | null, history: readonly string[]): void {
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${[...history].slice(0, HISTORY_SIZE).reverse().join('\n')}\n`);
  } catch {
    // a read-only home must not stop the console
  }
}
