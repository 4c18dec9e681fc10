import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { lines } from './articles-snapshot.js';
import type { CorpusEvent, CorpusPerson } from './corpus.js';
import { mergeCodeDir } from './merge/merge-corpus.js';
import { personKeyCode } from './person-key.js';
import { writeAtomic } from './write-atomic.js';

// Merging 10k articles takes about half a second, and gives the same meetings and people for the
// same articles and the same merging code. Next to the articles' snapshot, the merged meetings
// and people are kept under a key made of both, so that a start on unchanged files skips merging.

const FORMAT = 1;

const Header = z.strictObject({ kizuna: z.literal('merged-snapshot'), format: z.literal(FORMAT), key: z.string() });

let code: string | undefined;
/** A digest of the merging code itself (every file of the merge folder): any change to it is a change of result. */
function codeDigest(): string {
  if (code === undefined) {
    const hash = createHash('sha256');
    for (const file of readdirSync(mergeCodeDir).sort())
      hash.update(file).update(readFileSync(join(mergeCodeDir, file)));
    code = hash.update(readFileSync(personKeyCode)).digest('hex');
  }
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
    // line by line: the whole file as one string would be held twice over while it is split
    const parts: unknown[] = [];
    for await (const line of lines(path)) {
      if (line === null) return null;
      const value: unknown = JSON.parse(line.toString('utf8'));
      if (!parts.length && Header.parse(value).key !== key) return null;
      parts.push(value);
    }
    const [, events, people, ...rest] = parts;
    if (!Array.isArray(events) || !Array.isArray(people) || rest.length) return null;
    return { events: events as CorpusEvent[], people: people as CorpusPerson[] };
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
  await writeAtomic(path, async (handle) => {
    const header = { kizuna: 'merged-snapshot', format: FORMAT, key };
    await handle.write(
      `${JSON.stringify(header)}\n${JSON.stringify(merged.events)}\n${JSON.stringify(merged.people)}\n`,
    );
  });
}
