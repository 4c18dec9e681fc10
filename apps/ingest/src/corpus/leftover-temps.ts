import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

// the temporary files of @kizuna/model's writeAtomic: "<name>.<pid>-<8 hex>.tmp"
const TEMP = /\.\d+-[0-9a-f]{8}\.tmp$/;

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
