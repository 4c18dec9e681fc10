import { readdir, readFile, readlink } from 'node:fs/promises';

const ACCESS_MODE = 0o3; // O_RDONLY 0, O_WRONLY 1, O_RDWR 2

/** Whether the fd's flags (octal in /proc/<pid>/fdinfo/<fd>) allow writing. */
async function writable(pid: string, fd: string): Promise<boolean> {
  const info = await readFile(`/proc/${pid}/fdinfo/${fd}`, 'utf8').catch(() => '');
  const flags = /^flags:\s*([0-7]+)/m.exec(info)?.[1];
  return flags !== undefined && (Number.parseInt(flags, 8) & ACCESS_MODE) !== 0;
}

/**
 * The files under `dir` (a real path) that some process holds open for writing, found in
 * /proc/<pid>/fd. Limits: Linux only (elsewhere the set is empty), and only the processes this user
 * may inspect (all of them as root); a writer on another machine (a network share) is not seen.
 */
export async function filesOpenForWriting(dir: string): Promise<Set<string>> {
  const found = new Set<string>();
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((p) => /^\d+$/.test(p));
  for (const pid of pids) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      if (target.startsWith(prefix) && !found.has(target) && (await writable(pid, fd))) found.add(target);
    }
  }
  return found;
}

/** A scan of open writers shared by the files of one folder, redone once older than `maxAgeMs`. */
export function writerScanner(dir: string, maxAgeMs: number): (path: string) => Promise<boolean> {
  let scan: { at: number; files: Promise<Set<string>> } | null = null;
  return async (path) => {
    if (!scan || Date.now() - scan.at > maxAgeMs) scan = { at: Date.now(), files: filesOpenForWriting(dir) };
    return (await scan.files).has(path);
  };
}
