import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file atomically: `write` fills a temporary file beside it, which is synced and renamed
 * over `path`; on any failure the temporary file is removed and `path` is left as it was.
 * `sync: false` skips the fsync: still whole or absent after a crash of the process, but a power
 * loss may leave it empty (for copies that can be made again).
 */
export async function writeAtomic(
  path: string,
  write: (handle: FileHandle) => Promise<void>,
  options: { sync?: boolean } = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await write(handle);
    if (options.sync !== false) await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(tmp, path).catch(async (error: unknown) => {
    await rm(tmp, { force: true });
    throw error;
  });
}
