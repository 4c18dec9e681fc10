import { access, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Article } from '@kizuna/model';
import { readInput } from '../cli/read-input.js';
import { decode } from '../decode/decode.js';
import { IngestError, rejectionCodes } from '../errors.js';
import { normalise } from '../normalise/normalise.js';
import { articleId, buildArticle } from '../pipeline/build-article.js';
import { loadLexicon } from '../repair/lexicon.js';
import { writeFileAtomic } from './atomic-write.js';
import type { CorpusDir } from './corpus-dir.js';
import { serialiseArticle } from './serialise.js';

export type FileOutcome =
  | { status: 'ingested'; file: string; article: Article }
  | { status: 'duplicate'; file: string; id: string }
  | { status: 'rejected'; file: string; reason: string; code: string };

export interface IngestFileOptions {
  maxBytes: number;
  /** Whether the file sits in the inbox: only then is it removed once safely stored. */
  fromInbox: boolean;
  ingestedAt: string;
}

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
  await writeFileAtomic(join(dir.rejected, name), await readFile(file));
  await writeFileAtomic(
    join(dir.rejected, `${name}.error.txt`),
    `${basename(file)} was not ingested: ${error.message}.\n`,
  );
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
  try {
    bytes = await readInput(file, options.maxBytes);
    const id = articleId(normalise(decode(bytes).text));
    if (await exists(join(dir.articles, `${id}.json`))) {
      if (options.fromInbox) await rm(file, { force: true });
      return { status: 'duplicate', file, id };
    }
    article = buildArticle({ bytes, file, ingestedAt: options.ingestedAt, lexicon: loadLexicon });
  } catch (error) {
    if (error instanceof IngestError && rejectionCodes.has(error.code)) return reject(dir, file, error, options);
    throw error;
  }
  await writeFileAtomic(join(dir.raw, `${article.id}.txt`), bytes);
  await writeFileAtomic(join(dir.articles, `${article.id}.json`), serialiseArticle(article));
  if (options.fromInbox) await rm(file, { force: true });
  return { status: 'ingested', file, article };
}
