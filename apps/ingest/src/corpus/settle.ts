import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writerScanner } from './open-writers.js';

export type Readiness =
  | { state: 'ready' }
  | { state: 'gone' }
  | { state: 'busy'; why: 'changed' | 'open'; retryInMs: number };

/**
 * Decides when a file dropped into a folder is completely written: it has not changed (mtime, ctime)
 * for `quietMs` and no process holds it open for writing. Files that are not regular (links, FIFOs)
 * are ready at once: they are never read, only rejected.
 */
export function settleChecker(folder: string, quietMs: number): (path: string) => Promise<Readiness> {
  let openForWriting: ((path: string) => Promise<boolean>) | null = null;
  return async (path) => {
    const info = await lstat(path).catch(() => null);
    if (!info) return { state: 'gone' };
    if (!info.isFile()) return { state: 'ready' };
    const age = Date.now() - Math.max(info.mtimeMs, info.ctimeMs);
    if (age < quietMs) return { state: 'busy', why: 'changed', retryInMs: Math.ceil(quietMs - age) + 5 };
    // /proc names files by their real path
    const real = join(await realpath(dirname(path)).catch(() => folder), basename(path));
    openForWriting ??= writerScanner(await realpath(folder).catch(() => folder), Math.min(quietMs, 1000) / 2);
    if (await openForWriting(real)) return { state: 'busy', why: 'open', retryInMs: Math.min(quietMs, 500) };
    return { state: 'ready' };
  };
}

const POLL_MS = 500;

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

/** Waits until the file is ready (or gone, or the signal aborts); `onWait` is told once, the first time it waits. */
export async function waitUntilSettled(
  path: string,
  check: (path: string) => Promise<Readiness>,
  signal: AbortSignal,
  onWait: (why: 'changed' | 'open') => void,
): Promise<'ready' | 'gone' | 'aborted'> {
  let told = false;
  while (!signal.aborted) {
    const r = await check(path);
    if (r.state !== 'busy') return r.state;
    if (!told) onWait(r.why);
    told = true;
    // polled, not slept through: a file removed or finished meanwhile is seen soon
    await sleep(Math.min(r.retryInMs, POLL_MS), signal);
  }
  return 'aborted';
}
