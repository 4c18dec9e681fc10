import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Article, type CorpusStore, StoreError, writeAtomic } from '@kizuna/model';
import { IngestError, rejectionCodes } from '../errors.js';
import { screenNews } from '../pipeline/news-check.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { Resources } from '../resources/resources.js';
import type { CorpusDir } from './corpus-dir.js';
import { readInput } from './read-input.js';
import { rejectFile } from './reject-file.js';
import { serialiseArticle } from './serialise.js';

export type FileOutcome =
  | { status: 'ingested'; file: string; article: Article; flagged: boolean }
  | { status: 'duplicate'; file: string; id: string }
  /** `stored`: its name in rejected/ (beside `<stored>.error.txt`), null when it was left in place */
  | { status: 'rejected'; file: string; reason: string; code: string; stored: string | null }
  | { status: 'gone'; file: string };

export interface IngestFileOptions {
  maxBytes: number;
  /** Whether the file sits in the inbox: only then is it removed once safely stored. */
  fromInbox: boolean;
  ingestedAt: string;
  resources: Resources;
  /** The corpus store the article goes into (one transaction each). */
  store: CorpusStore;
  /**
   * Also write `articles/<id>.json`, for readers of the folder that do not read the store yet
   * (the bot before issue 16's other half).
   */
  mirrorJson: boolean;
}

/** Writes a whole file atomically (a temporary file beside it, synced, renamed over it). */
const store = (path: string, data: string | Uint8Array) => writeAtomic(path, (handle) => handle.writeFile(data));

async function reject(dir: CorpusDir, file: string, error: IngestError, fromInbox: boolean): Promise<FileOutcome> {
  let stored: string | null;
  try {
    stored = await rejectFile(dir.rejected, file, error.message, fromInbox);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'gone', file };
    throw cause;
  }
  return { status: 'rejected', file, reason: error.message, code: error.code, stored };
}

/**
 * Ingests one file into the corpus folder: the raw bytes first (written atomically), then the
 * article into the store (one transaction), and only then the inbox copy is removed. Bad input
 * goes to rejected/ with a reason (a file too large or not regular is moved, never read). A crash
 * between any two steps leaves complete files and a store as before or after the article, and a
 * rerun finishes the work.
 */
export async function ingestFile(dir: CorpusDir, file: string, options: IngestFileOptions): Promise<FileOutcome> {
  let bytes: Uint8Array;
  let article: Article;
  let flagged: boolean;
  try {
    bytes = await readInput(file, options.maxBytes);
    // the id is known once the text is normalised: a duplicate goes no further
    const start = runPipeline({ bytes, file, ingestedAt: options.ingestedAt }, options.resources, {
      until: 'normalise',
    });
    if (await options.store.hasArticle(start.id)) {
      if (options.fromInbox) await rm(file, { force: true });
      return { status: 'duplicate', file, id: start.id };
    }
    ({ article, flagged } = screenNews(runPipeline(start, options.resources).article));
  } catch (error) {
    if (error instanceof IngestError && error.code === 'GONE') return { status: 'gone', file };
    if (error instanceof IngestError && rejectionCodes.has(error.code)) {
      return reject(dir, file, error, options.fromInbox);
    }
    throw error;
  }
  await store(join(dir.raw, `${article.id}.txt`), bytes);
  if (options.mirrorJson) {
    // a copy the store can give again (--export): not synced, the store is the record
    const json = serialiseArticle(article);
    await writeAtomic(join(dir.articles, `${article.id}.json`), (h) => h.writeFile(json), { sync: false });
  }
  try {
    // the pipeline's last stage validated it with the model's schema
    await options.store.putArticle(article, { validated: true });
  } catch (error) {
    // the same text under another name, stored since the check above (another file of this batch)
    if (!(error instanceof StoreError && error.code === 'DUPLICATE')) throw error;
    if (options.fromInbox) await rm(file, { force: true });
    return { status: 'duplicate', file, id: article.id };
  }
  if (options.fromInbox) await rm(file, { force: true });
  return { status: 'ingested', file, article, flagged };
}
