import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as z from 'zod';
import type { Article } from './article.js';

// Reading 10k article files and validating each with zod costs seconds; a process that starts
// again on the same files can take them, already validated, from one file instead. The snapshot
// is only a cache: anything wrong with it (missing, truncated, another format) means "read the files".

/** What tells a file's content apart without reading it. */
export interface FileStamp {
  file: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

// bump when the Article schema, its invariants or this file's layout change
const FORMAT = 1;

const Header = z.strictObject({
  kizuna: z.literal('articles-snapshot'),
  format: z.literal(FORMAT),
  files: z.array(z.tuple([z.string(), z.number(), z.number(), z.number()])),
});

const sameStamp = (a: FileStamp, b: readonly [string, number, number, number]) =>
  a.file === b[0] && a.size === b[1] && a.mtimeMs === b[2] && a.ino === b[3];

/**
 * Quotes repeat slices of the body (an invariant checked at validation): the snapshot leaves them
 * out, keeping each key in its place, and `shareQuotes` puts them back.
 */
function compact(a: Article): unknown {
  return {
    ...a,
    sentences: a.sentences.map((s) => ({ ...s, text: 0 })),
    people: a.people.map((p) => ({ ...p, quote: 0 })),
    facts: a.facts.map((f) => ({ ...f, quote: 0 })),
  };
}

/**
 * Sets every sentence text and quote to the body's slice it equals. A slice of a longer string
 * shares its characters, so the article holds its text once instead of three or four times.
 */
export function shareQuotes(a: Article): Article {
  const { body } = a;
  for (const s of a.sentences) s.text = body.slice(s.start, s.end);
  for (const p of a.people) p.quote = body.slice(p.source.start, p.source.end);
  for (const f of a.facts) f.quote = body.slice(f.source.start, f.source.end);
  return a;
}

/** The articles of the files whose stamp is unchanged since the snapshot was written, by file. */
export async function readSnapshot(path: string, stamps: readonly FileStamp[]): Promise<Map<string, Article>> {
  const found = new Map<string, Article>();
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch {
    return found;
  }
  try {
    const ends: number[] = [];
    for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) ends.push(at);
    const header = Header.parse(JSON.parse(buf.toString('utf8', 0, ends[0] ?? 0)));
    // a file cut short (a crash while copying it) has fewer lines than files: not to be trusted
    if (ends.length !== header.files.length + 1) return found;
    const line = new Map(header.files.map((f, i) => [f[0], i]));
    for (const stamp of stamps) {
      const i = line.get(stamp.file);
      const recorded = i === undefined ? undefined : header.files[i];
      if (i === undefined || !recorded || !sameStamp(stamp, recorded)) continue;
      const text = buf.toString('utf8', (ends[i] as number) + 1, ends[i + 1]);
      found.set(stamp.file, shareQuotes(JSON.parse(text) as Article));
    }
    return found;
  } catch {
    return new Map();
  }
}

/** Writes the snapshot of these files' articles atomically (a temporary file renamed over it). */
export async function writeSnapshot(
  path: string,
  entries: readonly { stamp: FileStamp; article: Article }[],
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    const header = {
      kizuna: 'articles-snapshot',
      format: FORMAT,
      files: entries.map(({ stamp: s }) => [s.file, s.size, s.mtimeMs, s.ino]),
    };
    let chunk = `${JSON.stringify(header)}\n`;
    for (const { article } of entries) {
      chunk += `${JSON.stringify(compact(article))}\n`;
      if (chunk.length > 1 << 20) {
        await handle.write(chunk);
        chunk = '';
      }
    }
    await handle.write(chunk);
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
