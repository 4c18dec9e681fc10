import { readFile, stat } from 'node:fs/promises';
import { IngestError } from '../errors.js';

/** Reads a file's bytes, refusing it before reading when it is larger than the limit. */
export async function readInput(file: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new IngestError('UNREADABLE', `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
  if (size > maxBytes) {
    throw new IngestError(
      'TOO_LARGE',
      `the file is ${size} bytes, more than the limit of ${maxBytes} bytes (see --max-bytes)`,
    );
  }
  return new Uint8Array(await readFile(file));
}
