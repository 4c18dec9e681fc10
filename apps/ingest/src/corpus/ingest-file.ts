import { access, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Article, writeAtomic } from '@kizuna/model';
import { IngestError, rejectionCodes } from '../errors.js';
import { screenNews } from '../pipeline/news-check.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { Resources } from '../resources/resources.js';
import type { CorpusDir } from './corpus-dir.js';
import { readInput } from './read-input.js';
import { serialiseArticle } from './serialise.js';

export type FileOutcome =
  | { status: 'ingested'; file: string; article: Article; flagged: boolean }
  | { status: 'duplicate'; file: string; id: string }
  | { status: 'rejected'; file: string; reason: string; code: string };

export interface IngestFileOptions {
  maxBytes: number;
  /** Whether the file sits in the inbox: only then is it removed once safely stored. */
  fromInbox: boolean;
  ingestedAt: string;
  resources: Resources;
}

/** Writes a whole file atomically (a temporary file beside it, synced, renamed over it). */
const store = (path: string, data: string | Uint8Array) => writeAtomic(path, (handle) => handle.writeFile(data));

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A free name in the rejected folder for `name` ("a.txt", then "a-1.txt", "a-2.txt"…). */
async function freeName(dir: string, name: string): Promise<string> {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 0; ; i++) {
    const candidate = i ? `${stem}-${i}${ext}` : name;
    if (!(await exists(join(dir, candidate))) && !(await exists(join(dir, `${candidate}.error.txt`)))) return candidate;
  }
}

async function reject(
  dir: CorpusDir,
  file: string,
  error: IngestError,
  options: IngestFileOptions,
): Promise<FileOutcome> {
  const name = await freeName(dir.rejected, basename(file));
  // the original bytes are kept whatever their size: nothing the user dropped is lost
  await store(join(dir.rejected, name), await readFile(file));
  await store(join(dir.rejected, `${name}.error.txt`), `${basename(file)} was not ingested: ${error.message}.\n`);
  if (options.fromInbox) await rm(file, { force: true });
  return { status: 'rejected', file, reason: error.message, code: error.code };
}

/**
 * Ingests one file into the corpus folder: the raw bytes first, then the article (each written
 * atomically), and only then the inbox copy is removed. Bad input goes to rejected/ with a reason.
 * A crash between any two steps leaves complete files only, and a rerun finishes the work.
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
    if (await exists(join(dir.articles, `${start.id}.json`))) {
      if (options.fromInbox) await rm(file, { force: true });
      return { status: 'duplicate', file, id: start.id };
    }
    ({ article, flagged } = screenNews(runPipeline(start, options.resources).article));
  } catch (error) {
    if (error instanceof IngestError && rejectionCodes.has(error.code)) return reject(dir, file, error, options);
    throw error;
  }
  await store(join(dir.raw, `${article.id}.txt`), bytes);
  await store(join(dir.articles, `${article.id}.json`), serialiseArticle(article));
  if (options.fromInbox) await rm(file, { force: true });
  return { status: 'ingested', file, article, flagged };
}
