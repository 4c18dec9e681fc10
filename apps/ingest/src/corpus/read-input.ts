import { constants, type Stats } from 'node:fs';
import { type FileHandle, lstat, open, readlink } from 'node:fs/promises';
import { IngestError } from '../errors.js';

/** What a directory entry is, in words, when it is not a regular file. */
function kindOf(info: Stats): string {
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** The typed error for a path that is not a regular file; links and devices are never followed or read. */
export async function notRegular(file: string, info: Stats): Promise<IngestError> {
  const target = info.isSymbolicLink() ? await readlink(file).catch(() => null) : null;
  const to = target === null ? '' : ` to ${JSON.stringify(target)}`;
  return new IngestError('NOT_REGULAR', `it is ${kindOf(info)}${to}, not a regular file; links are not followed`);
}

/** The size limit's error, raised before a byte is read. */
export const tooLarge = (size: number, maxBytes: number) =>
  new IngestError('TOO_LARGE', `the file is ${size} bytes, more than the limit of ${maxBytes} bytes (see --max-bytes)`);

function unreadable(error: unknown): IngestError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new IngestError('GONE', 'it was removed before it could be read', { cause: error });
  return new IngestError('UNREADABLE', `cannot read the file: ${code ?? String(error)}`, { cause: error });
}

/**
 * Reads a regular file's bytes. Never follows a symbolic link (O_NOFOLLOW) nor waits on a FIFO
 * (O_NONBLOCK), and checks type and size on the open handle, so a swap after a check changes nothing;
 * a file over the limit is refused before any byte is read.
 */
export async function readInput(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const info = await lstat(file).catch(() => null);
    if (info && !info.isFile()) throw await notRegular(file, info);
    throw unreadable(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw await notRegular(file, info);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw unreadable(error);
  } finally {
    await handle.close();
  }
}
