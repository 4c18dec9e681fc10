import { open } from 'node:fs/promises';
import * as z from 'zod';
import type { Article } from './article.js';
import { writeAtomic } from './write-atomic.js';

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
const FORMAT = 2;

const Header = z.strictObject({
  kizuna: z.literal('articles-snapshot'),
  format: z.literal(FORMAT),
  files: z.array(z.tuple([z.string(), z.number(), z.number(), z.number()])),
});

const sameStamp = (a: FileStamp, b: readonly [string, number, number, number]) =>
  a.file === b[0] && a.size === b[1] && a.mtimeMs === b[2] && a.ino === b[3];

/**
 * Quotes repeat slices of the body, and sources the article's id (invariants checked at
 * validation): the snapshot leaves them out, keeping each key in its place, and `shareStrings`
 * puts them back.
 */
export function compact(a: Article): unknown {
  const source = <T extends { articleId: string }>(s: T) => ({ ...s, articleId: 0 });
  return {
    ...a,
    sentences: a.sentences.map((s) => ({ ...s, text: 0 })),
    people: a.people.map((p) => ({ ...p, quote: 0, source: source(p.source) })),
    events: a.events.map((e) => ({ ...e, evidence: e.evidence.map(source) })),
    facts: a.facts.map((f) => ({ ...f, quote: 0, source: source(f.source) })),
  };
}

/**
 * Sets every sentence text and quote to the body's slice it equals, and every source's article
 * id to the article's. A slice of a longer string shares its characters, so the article holds
 * its text once instead of three or four times.
 */
export function shareStrings(a: Article): Article {
  const { body, id } = a;
  for (const s of a.sentences) s.text = body.slice(s.start, s.end);
  for (const p of a.people) {
    p.quote = body.slice(p.source.start, p.source.end);
    p.source.articleId = id;
  }
  for (const f of a.facts) {
    f.quote = body.slice(f.source.start, f.source.end);
    f.source.articleId = id;
  }
  for (const e of a.events) for (const s of e.evidence) s.articleId = id;
  return a;
}

/**
 * The file's lines, read 1 MB at a time so that a large snapshot is never held whole; a last line
 * without its newline is yielded as `null` (the file was cut short). Read each line before asking
 * for the next.
 */
export async function* lines(path: string): AsyncGenerator<Buffer | null> {
  const handle = await open(path, 'r');
  try {
    // the start of a line that runs over several chunks, joined once its end is read
    let pieces: Buffer[] = [];
    let chunk = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      // lines yielded from the chunk have been read by now; a started line still holds it
      if (pieces.length) chunk = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (!bytesRead) break;
      const data = chunk.subarray(0, bytesRead);
      let start = 0;
      for (let at = data.indexOf(10); at !== -1; at = data.indexOf(10, start)) {
        const end = data.subarray(start, at);
        yield pieces.length ? Buffer.concat([...pieces, end]) : end;
        pieces = [];
        start = at + 1;
      }
      if (start < data.length) pieces.push(data.subarray(start));
    }
    if (pieces.length) yield null;
  } finally {
    await handle.close();
  }
}

/** The articles of the files whose stamp is unchanged since the snapshot was written, by file. */
export async function readSnapshot(path: string, stamps: readonly FileStamp[]): Promise<Map<string, Article>> {
  const found = new Map<string, Article>();
  try {
    let header: z.infer<typeof Header> | undefined;
    // for each line of the snapshot, the file it holds if that file is unchanged
    let wanted: (string | undefined)[] = [];
    let n = 0;
    for await (const line of lines(path)) {
      if (line === null) return new Map();
      if (!header) {
        header = Header.parse(JSON.parse(line.toString('utf8')));
        const now = new Map(stamps.map((s) => [s.file, s]));
        wanted = header.files.map((f) => {
          const stamp = now.get(f[0]);
          return stamp && sameStamp(stamp, f) ? stamp.file : undefined;
        });
        continue;
      }
      const file = wanted[n++];
      if (file !== undefined) found.set(file, shareStrings(JSON.parse(line.toString('utf8')) as Article));
    }
    // a file cut short (a crash while copying it) has fewer lines than files: not to be trusted
    return header && n === header.files.length ? found : new Map();
  } catch {
    return new Map();
  }
}

/** Writes the snapshot of these files' articles atomically (a temporary file renamed over it). */
export async function writeSnapshot(
  path: string,
  entries: readonly { stamp: FileStamp; article: Article }[],
): Promise<void> {
  await writeAtomic(path, async (handle) => {
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
  });
}
