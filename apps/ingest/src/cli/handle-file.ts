import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { inspect } from 'node:util';
import type { Article, CorpusStore } from '@kizuna/model';
import type { CorpusDir } from '../corpus/corpus-dir.js';
import type { FileOutcome } from '../corpus/ingest-file.js';
import type { Resources } from '../resources/resources.js';
import { printable } from '../text/printable.js';
import type { CliOptions } from './args.js';
import type { BatchTally } from './batch-tally.js';
import { describeOutcome } from './describe-outcome.js';

// The bot reads articles/*.json until it reads the store (issue 16's bot half): until then ingest
// writes both, the store being the record (duplicates, merging).
const MIRROR_JSON = true;

/** A file-system error (it has an errno code and a one-line message naming the path): no stack needed. */
const isSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;

/** What a user reads for a failure on our side: one line for a file-system error, the full cause otherwise. */
export function describeFailure(error: unknown): string {
  // inspect shows a stage's error and its cause (where the stage failed)
  return isSystemError(error) ? error.message : inspect(error);
}

/**
 * The function that ingests one file of a run into the corpus folder, prints its line and counts
 * its outcome. A failure on our side leaves the file where it is, and is not retried by --watch
 * until the file changes.
 */
export async function fileHandler(
  dir: CorpusDir,
  store: CorpusStore,
  options: CliOptions,
  tally: BatchTally,
  written: Article[],
  say: (line: string) => void,
) {
  // loaded once the lock is held: a refused run stays quick
  const { ingestFile } = await import('../corpus/ingest-file.js');
  const { loadResources } = await import('../resources/load-resources.js');
  // loaded with the first file: a run with nothing to do stays quick
  let resources: Resources | undefined;
  const inbox = resolve(dir.inbox);
  const failedFiles = new Set<string>();
  return async (file: string): Promise<void> => {
    const version = `${file}:${(await stat(file).catch(() => null))?.mtimeMs ?? 0}`;
    if (failedFiles.has(version)) return;
    let outcome: FileOutcome;
    try {
      resources ??= await loadResources();
      outcome = await ingestFile(dir, file, {
        maxBytes: options.maxBytes,
        fromInbox: resolve(dirname(file)) === inbox,
        ingestedAt: new Date().toISOString(),
        resources,
        store,
        mirrorJson: MIRROR_JSON,
      });
    } catch (error) {
      tally.failed += 1;
      failedFiles.add(version);
      say(`${'failed'.padEnd(9)} ${printable(basename(file))}: ${describeFailure(error)} (the file was left in place)`);
      return;
    }
    const name = printable(basename(file));
    if (outcome.status === 'ingested') {
      written.push(outcome.article);
      tally.article(outcome.article, outcome.flagged, name);
    }
    if (outcome.status === 'duplicate') tally.duplicates += 1;
    if (outcome.status === 'rejected') tally.rejected(outcome.reason);
    say(describeOutcome(outcome));
  };
}
