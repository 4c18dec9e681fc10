import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { skipReason } from './inbox-names.js';
import type { Readiness } from './settle.js';

export interface WatchHandlers {
  onFile: (path: string) => Promise<void>;
  /** A name left in the inbox on purpose; called on every scan (the caller reports it once). */
  onSkip: (name: string, reason: string) => void;
  /** Whether a file is completely written (settle.ts). */
  check: (path: string) => Promise<Readiness>;
}

const POLL_MS = 2000;

/**
 * Calls `onFile` for each entry that appears in the folder once it is completely written (or at
 * once when it is not a regular file, to be rejected), one at a time, until the signal aborts.
 * fs.watch events are only hints: the folder is rescanned on each, at a slow interval, and when a
 * file still being written should be ready, so no file is missed when events are dropped.
 */
export async function watchInbox(inbox: string, handlers: WatchHandlers, signal: AbortSignal): Promise<void> {
  let wake: (() => void) | null = null;
  const poke = () => wake?.();
  const watcher = watch(inbox, poke);
  signal.addEventListener('abort', poke);
  try {
    while (!signal.aborted) {
      let nextMs = POLL_MS;
      const names = (await readdir(inbox).catch(() => [] as string[])).sort();
      for (const name of names) {
        if (signal.aborted) break;
        const reason = skipReason(name);
        if (reason) {
          handlers.onSkip(name, reason);
          continue;
        }
        const path = join(inbox, name);
        const r = await handlers.check(path);
        if (r.state === 'ready') await handlers.onFile(path);
        else if (r.state === 'busy') nextMs = Math.min(nextMs, r.retryInMs);
      }
      if (signal.aborted) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, nextMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  } finally {
    watcher.close();
    signal.removeEventListener('abort', poke);
  }
}
