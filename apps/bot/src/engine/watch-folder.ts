import { existsSync, type FSWatcher, watch } from 'node:fs';
import { dirname } from 'node:path';

/** A folder being watched; `close` stops it. */
export interface FolderWatch {
  close(): void;
}

/** The closest folder on the way to `target` that exists now (the target itself when it does). */
function nearestExisting(target: string): string {
  let dir = target;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Calls `onChange` when anything under `target` changes. A target that does not exist yet is
 * waited for by watching its closest existing ancestor (not recursively: that could be a large
 * tree) and moving down as folders appear.
 */
export function watchFolder(target: string, onChange: () => void, onError: (error: unknown) => void): FolderWatch {
  let watcher: FSWatcher | undefined;
  let watched = '';
  let closed = false;
  let first = true;
  const attach = () => {
    if (closed) return;
    const dir = nearestExisting(target);
    if (dir === watched) return;
    watcher?.close();
    watched = dir;
    try {
      if (dir === target) {
        watcher = watch(dir, { recursive: true }, () => onChange());
        // files may have been written before the watch reached a folder that appeared late
        if (!first) onChange();
      } else {
        watcher = watch(dir, () => attach());
      }
      watcher.on('error', onError);
    } catch (error) {
      // the folder vanished between the check and the watch: try again from its parent
      watched = '';
      onError(error);
    }
  };
  attach();
  first = false;
  return {
    close: () => {
      closed = true;
      watcher?.close();
    },
  };
}
