import { type ExportFormat, openDataStore } from '@kizuna/model';
import { IngestError } from '../errors.js';

/** Writes the data folder's corpus store to `out` (one file) or stdout; returns the exit code. */
export async function runExport(data: string, format: ExportFormat, out: readonly string[]): Promise<number> {
  if (out.length > 1) throw new IngestError('BAD_USAGE', `--export writes to one file, not ${out.length}`);
  const store = await openDataStore(data, { readonly: true });
  try {
    const target = out[0];
    if (target === undefined) await store.exportTo(process.stdout, format);
    else {
      await store.exportTo(target, format);
      process.stderr.write(`exported ${await store.articleCount()} articles to ${target}\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
