import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { inspect } from 'node:util';
import type { Article } from '@kizuna/model';
import { corpusDir } from '../corpus/corpus-dir.js';
import type { FileOutcome } from '../corpus/ingest-file.js';
import { removeLeftoverTemps } from '../corpus/leftover-temps.js';
import { acquireLock } from '../corpus/lock.js';
import { watchInbox } from '../corpus/watch-inbox.js';
import type { Resources } from '../resources/resources.js';
import type { CliOptions } from './args.js';
import { BatchTally } from './batch-tally.js';
import { collectInputs } from './collect-inputs.js';
import { startProgress } from './progress.js';
import { summaryLine } from './summary.js';

function describe(outcome: FileOutcome): string {
  const name = basename(outcome.file);
  if (outcome.status === 'ingested') return summaryLine(name, outcome.article, 'ingested');
  if (outcome.status === 'duplicate') return `${'duplicate'.padEnd(9)} ${name}: already in the corpus as ${outcome.id}`;
  return `${'rejected'.padEnd(9)} ${name}: ${outcome.reason} (see rejected/${name}.error.txt)`;
}

/**
 * Ingests files into the corpus folder `data` (default input: its inbox), holding the folder's lock.
 * Returns the exit code: 1 when anything was rejected.
 */
export async function runCorpus(data: string, inputs: readonly string[], options: CliOptions): Promise<number> {
  const dir = corpusDir(data);
  for (const d of [dir.root, dir.inbox, dir.articles, dir.raw, dir.rejected]) await mkdir(d, { recursive: true });
  const out = options.json ? process.stderr : process.stdout;
  let progress = startProgress(0);
  const say = (line: string) => progress.say(line, out);
  const lock = await acquireLock(dir.root);
  if (lock.stale) say(`note: took over the lock left by an ingest that stopped (${lock.path})`);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const written: Article[] = [];
  const tally = new BatchTally();
  try {
    for (const d of [dir.articles, dir.raw, dir.rejected]) {
      for (const t of await removeLeftoverTemps(d)) say(`note: removed ${t}, left by an interrupted run`);
    }
    // loaded once the lock is held: a refused run stays quick
    const { ingestFile } = await import('../corpus/ingest-file.js');
    const { loadResources } = await import('../resources/load-resources.js');
    // loaded with the first file: a run with nothing to do stays quick
    let resources: Resources | undefined;
    const inbox = resolve(dir.inbox);
    // files that failed on our side stay in the inbox; --watch must not retry them on every scan
    const failedFiles = new Set<string>();
    const handle = async (file: string) => {
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
        });
      } catch (error) {
        // our failure, not the file's: it stays where it is for the next run
        tally.failed += 1;
        failedFiles.add(version);
        // inspect shows the stage's error and its cause (where the stage failed)
        say(`${'failed'.padEnd(9)} ${basename(file)}: ${inspect(error)} (the file was left in place)`);
        return;
      }
      if (outcome.status === 'ingested') {
        written.push(outcome.article);
        tally.article(outcome.article, outcome.flagged, basename(file));
      }
      if (outcome.status === 'duplicate') tally.duplicates += 1;
      if (outcome.status === 'rejected') tally.rejected(outcome.reason);
      say(describe(outcome));
    };
    const files = await collectInputs(inputs.length ? inputs : [dir.inbox]);
    if (!files.length && !options.watch) say(`nothing to ingest in ${inputs.length ? inputs.join(', ') : dir.inbox}`);
    progress = startProgress(files.length);
    for (const file of files) {
      await handle(file);
      progress.tick();
    }
    progress.stop();
    progress = startProgress(0);
    if (options.watch) {
      say(`watching ${dir.inbox} (Ctrl-C to stop)`);
      await watchInbox(dir.inbox, handle, stop.signal);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await lock.release();
  }
  if (options.json) process.stdout.write(`${JSON.stringify(written, null, 2)}\n`);
  const total = (await readdir(dir.articles)).filter((n) => n.endsWith('.json')).length;
  for (const line of tally.lines('ingested')) say(line);
  say(`${total} articles in ${dir.articles}`);
  return tally.rejectedCount || tally.failed ? 1 : 0;
}
