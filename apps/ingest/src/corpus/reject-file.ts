import { randomBytes } from 'node:crypto';
import { copyFile, lstat, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeAtomic } from '@kizuna/model';
import { printable } from '../text/printable.js';

const REASON = '.error.txt';

const taken = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

// file names are at most 255 bytes: room for "-NNNN" and the reason's suffix
const MAX_NAME_BYTES = 255 - REASON.length - 8;

/** `text` cut to at most `bytes` UTF-8 bytes, on a character boundary. */
function cutBytes(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/** A free name in the rejected folder for `name` ("a.txt", then "a-1.txt", "a-2.txt"…), shortened to fit. */
async function freeName(dir: string, name: string): Promise<string> {
  const dot = name.lastIndexOf('.');
  const [whole, ext] = dot > 0 && name.length - dot <= 16 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const stem = cutBytes(whole, MAX_NAME_BYTES - Buffer.byteLength(ext));
  for (let i = 0; ; i++) {
    const candidate = i ? `${stem}-${i}${ext}` : name;
    if (!(await taken(join(dir, candidate))) && !(await taken(join(dir, `${candidate}${REASON}`)))) return candidate;
  }
}

/** A temporary name beside `path` that leftover-temps.ts recognises and removes after a crash. */
const tempBeside = (path: string) => `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;

/** Copies a regular file by the kernel (never through memory, whatever its size), then renames it into place. */
async function copyInto(file: string, dest: string): Promise<void> {
  const tmp = tempBeside(dest);
  try {
    await copyFile(file, tmp);
    await rename(tmp, dest);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Moves an inbox entry as it is (a link stays a link, its target untouched); across devices, by copy. */
async function moveInto(file: string, dest: string): Promise<void> {
  try {
    await rename(file, dest);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  const info = await lstat(file);
  if (info.isSymbolicLink()) await symlink(await readlink(file), dest);
  else if (info.isFile()) await copyInto(file, dest);
  else throw new Error(`cannot move ${file} to another device: it is not a regular file`);
  await rm(file, { force: true });
}

/**
 * Puts a rejected file into `dir` beside its reason, as one step a crash cannot half-do: the reason
 * is written (atomically) first, then the file renamed (moved from the inbox, copied otherwise), so
 * a file in rejected/ always has its reason; a reason left alone by a crash is removed by
 * `removeOrphanReasons` on the next run, which rejects the file again. Returns the name stored, or
 * null for a link or device outside the inbox, which is left where it is and not copied.
 */
export async function rejectFile(
  dir: string,
  file: string,
  reason: string,
  fromInbox: boolean,
): Promise<string | null> {
  const info = await lstat(file);
  if (!fromInbox && !info.isFile()) return null;
  const name = await freeName(dir, basename(file));
  const reasonPath = join(dir, `${name}${REASON}`);
  await writeAtomic(reasonPath, (h) => h.writeFile(`${printable(basename(file))} was not ingested: ${reason}.\n`));
  try {
    if (fromInbox) await moveInto(file, join(dir, name));
    else await copyInto(file, join(dir, name));
  } catch (error) {
    await rm(reasonPath, { force: true });
    throw error;
  }
  return name;
}

/** Removes reasons whose file is missing (a run stopped between the two steps); returns their names. */
export async function removeOrphanReasons(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const orphans: string[] = [];
  for (const n of names) {
    if (!n.endsWith(REASON) || (await taken(join(dir, n.slice(0, -REASON.length))))) continue;
    await rm(join(dir, n), { force: true });
    orphans.push(n);
  }
  return orphans;
}
