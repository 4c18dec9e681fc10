import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP = /^\..+\.tmp$/;

/**
 * Writes a file so that readers only ever see the old or the new content: the bytes go to a
 * temporary file in the same folder, are flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dirname(path));
}

/** Flushes a folder's entries so a rename survives a power cut (not possible on every platform). */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for syncing; the rename is still atomic there
  }
}

/** Removes temporary files a crashed run left in a folder; returns their names. Call it holding the lock. */
export async function removeLeftoverTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const leftovers = names.filter((n) => TEMP.test(n));
  for (const n of leftovers) await rm(join(dir, n), { force: true });
  return leftovers;
}
