import { readdir } from 'node:fs/promises';

/** Resolves once the folder holds at least `count` article files, or the process has ended; -1 on timeout. */
export async function articlesReach(dir: string, count: number, ended: () => boolean): Promise<number> {
  // bounded: at most ~10 minutes of polling
  for (let i = 0; i < 6000; i++) {
    const n = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.json')).length;
    if (n >= count || ended()) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
  return -1;
}
