import { once } from 'node:events';
import { writeAtomic } from '../write-atomic.js';
import type { ExportFormat } from './corpus-store.js';
import type { StoreReader } from './store-reader.js';

type Write = (chunk: string) => Promise<void>;

/** Writes the corpus in chunks of about 1 MB, never holding the whole text. */
async function writeCorpus(reader: StoreReader, format: ExportFormat, write: Write): Promise<void> {
  let buffer = '';
  const put = async (s: string) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  };
  const parts: [string, Iterable<unknown>][] = [
    ['article', reader.articles()],
    ['meeting', reader.meetings()],
    ['person', reader.people()],
  ];
  if (format === 'ndjson') {
    for (const [type, values] of parts) for (const value of values) await put(`${JSON.stringify({ type, value })}\n`);
  } else {
    const names = { article: 'articles', meeting: 'events', person: 'people' } as Record<string, string>;
    await put('{');
    for (const [n, [type, values]] of parts.entries()) {
      await put(`${n ? ',' : ''}\n"${names[type]}":[`);
      let first = true;
      for (const value of values) {
        await put(`${first ? '\n' : ',\n'}${JSON.stringify(value)}`);
        first = false;
      }
      await put(']');
    }
    await put('\n}\n');
  }
  if (buffer) await write(buffer);
}

/**
 * Writes the corpus to a file (atomically: a temporary file renamed over it) or a stream. A read
 * transaction is not held across the awaits: a write meanwhile may show in the later parts.
 */
export async function exportCorpus(
  reader: StoreReader,
  target: string | NodeJS.WritableStream,
  format: ExportFormat,
): Promise<void> {
  if (typeof target === 'string') {
    await writeAtomic(target, (handle) => writeCorpus(reader, format, async (s) => void (await handle.write(s))));
    return;
  }
  await writeCorpus(reader, format, async (s) => {
    if (!target.write(s)) await once(target, 'drain');
  });
}
