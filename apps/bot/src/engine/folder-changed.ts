import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * When a corpus folder last changed: the newest modification time of its article files and of the
 * folder itself (which a deletion or a rename changes); null when the folder does not exist.
 */
export async function folderChangedAt(dir: string): Promise<string | null> {
  let newest: number;
  let names: string[];
  try {
    newest = (await stat(dir)).mtimeMs;
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    return null;
  }
  for (const name of names) {
    // a file removed between the listing and the stat has changed the folder already
    const s = await stat(join(dir, name)).catch(() => null);
    if (s && s.mtimeMs > newest) newest = s.mtimeMs;
  }
  return new Date(newest).toISOString();
}
