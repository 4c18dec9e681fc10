import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { skipReason } from '../corpus/inbox-names.js';
import { IngestError } from '../errors.js';
import { printable } from '../text/printable.js';

export interface Inputs {
  /** Every other entry (links, pipes and devices too: each is rejected with its reason, never followed). */
  files: string[];
  /** Names left in a folder on purpose (hidden, editors' temporary files), with why. */
  skipped: { name: string; reason: string }[];
}

/** The files to ingest: files as given, the entries directly inside folders, sorted by name. */
export async function collectInputs(paths: readonly string[]): Promise<Inputs> {
  const out: Inputs = { files: [], skipped: [] };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      // a folder named on the command line may be reached through a link; its entries are not followed
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new IngestError('UNREADABLE', `cannot read ${printable(path)}: ${code}`, { cause: error });
    }
    if (!isDirectory) {
      out.files.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const reason = e.isDirectory() ? null : skipReason(e.name);
      if (reason) out.skipped.push({ name: e.name, reason });
      else if (!e.isDirectory()) out.files.push(join(path, e.name));
    }
  }
  return out;
}
