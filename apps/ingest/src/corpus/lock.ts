import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from '../errors.js';

export const LOCK_FILE = '.ingest.lock';

export interface Lock {
  path: string;
  release: () => Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the corpus folder's lock (a file created exclusively, holding our pid), so two ingest runs
 * never write the same folder at once. A lock left by a process that no longer runs is taken over.
 */
export async function acquireLock(dataDir: string): Promise<Lock & { stale: boolean }> {
  const path = join(dataDir, LOCK_FILE);
  let stale = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o644);
      await handle.writeFile(`${JSON.stringify({ pid: process.pid, since: new Date().toISOString() })}\n`);
      await handle.close();
      return { path, stale, release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: { pid?: unknown; since?: unknown } = {};
    try {
      holder = JSON.parse(await readFile(path, 'utf8')) as typeof holder;
    } catch {
      // unreadable or half-written lock: treat it as held unless it is old enough to be stale below
    }
    const pid = typeof holder.pid === 'number' ? holder.pid : null;
    if (pid !== null && alive(pid)) {
      throw new IngestError(
        'LOCKED',
        `another ingest (process ${pid}, started ${String(holder.since ?? 'at an unknown time')}) is working on ${dataDir}; ` +
          `wait for it to finish (if no ingest is running, delete ${path})`,
      );
    }
    // a lock without a pid is being written right now, unless it is old (its writer died first)
    const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
    if (pid === null && age < 10_000) {
      throw new IngestError('LOCKED', `another ingest is starting on ${dataDir}; try again in a moment`);
    }
    await rm(path, { force: true });
    stale = true;
  }
  throw new IngestError('LOCKED', `could not take the lock ${path}`);
}
