import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from '../errors.js';

// editors' and systems' leftovers are not articles
const IGNORED = /^\.|~$|\.(?:swp|tmp|part|crdownload|error\.txt)$/i;

/** The files to ingest: files as given, the text files directly inside folders, sorted by name. */
export async function collectInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw new IngestError('UNREADABLE', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
        cause: error,
      });
    }
    if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && !IGNORED.test(e.name))
          .map((e) => join(path, e.name))
          .sort(),
      );
    } else files.push(path);
  }
  return files;
}
