import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import * as z from 'zod';
import type { CorpusEvent, CorpusPerson } from './corpus.js';
import { mergeCode } from './merge-corpus.js';
import { personKeyCode } from './person-key.js';

// Merging 10k articles takes about half a second, and gives the same meetings and people for the
// same articles and the same merging code. Next to the articles' snapshot, the merged meetings
// and people are kept under a key made of both, so that a start on unchanged files skips merging.

const FORMAT = 1;

const Header = z.strictObject({ kizuna: z.literal('merged-snapshot'), format: z.literal(FORMAT), key: z.string() });

let code: string | undefined;
/** A digest of the merging code itself: any change to it is a change of result. */
function codeDigest(): string {
  code ??= createHash('sha256').update(readFileSync(mergeCode)).update(readFileSync(personKeyCode)).digest('hex');
  return code;
}

/** The key of a merge: the merging code and what was merged (each file and its stamp, in order). */
export function mergeKey(files: readonly unknown[]): string {
  return createHash('sha256').update(codeDigest()).update(JSON.stringify(files)).digest('hex');
}

/** The merged meetings and people kept under this key, or null. */
export async function readMerged(
  path: string,
  key: string,
): Promise<{ events: CorpusEvent[]; people: CorpusPerson[] } | null> {
  try {
    const [head, events, people, ...rest] = (await readFile(path, 'utf8')).split('\n');
    if (Header.parse(JSON.parse(head ?? '')).key !== key || rest.join('') !== '') return null;
    return { events: JSON.parse(events ?? ''), people: JSON.parse(people ?? '') };
  } catch {
    return null;
  }
}

/** Keeps the merged meetings and people under this key (a temporary file renamed over the last). */
export async function writeMerged(
  path: string,
  key: string,
  merged: { events: readonly CorpusEvent[]; people: readonly CorpusPerson[] },
): Promise<void> {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    const header = { kizuna: 'merged-snapshot', format: FORMAT, key };
    await handle.write(
      `${JSON.stringify(header)}\n${JSON.stringify(merged.events)}\n${JSON.stringify(merged.people)}\n`,
    );
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(tmp, path).catch(async (error: unknown) => {
    await rm(tmp, { force: true });
    throw error;
  });
}
