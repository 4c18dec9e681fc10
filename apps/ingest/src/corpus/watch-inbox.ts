import { watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const IGNORED = /^\.|~$|\.(?:swp|tmp|part|crdownload)$/i;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a file has stopped growing: same size and time across a short wait (its writer is done). */
async function settled(path: string, waitMs: number): Promise<boolean> {
  try {
    const a = await stat(path);
    await sleep(waitMs);
    const b = await stat(path);
    return a.isFile() && a.size === b.size && a.mtimeMs === b.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Calls `onFile` for each file that appears in the folder, once it is completely written, one at a
 * time, until the signal aborts. fs.watch events are only hints: the folder is rescanned on each
 * and at a slow interval, so no file is missed when events are dropped.
 */
export async function watchInbox(
  inbox: string,
  onFile: (path: string) => Promise<void>,
  signal: AbortSignal,
  settleMs = 300,
): Promise<void> {
  let wake: (() => void) | null = null;
  const poke = () => wake?.();
  const watcher = watch(inbox, poke);
  const timer = setInterval(poke, 2000);
  signal.addEventListener('abort', poke);
  try {
    while (!signal.aborted) {
      const names = (await readdir(inbox).catch(() => [] as string[])).filter((n) => !IGNORED.test(n)).sort();
      for (const name of names) {
        if (signal.aborted) break;
        const path = join(inbox, name);
        if (await settled(path, settleMs)) await onFile(path);
      }
      if (signal.aborted) break;
      await new Promise<void>((r) => {
        wake = r;
      });
      wake = null;
    }
  } finally {
    watcher.close();
    clearInterval(timer);
  }
}
