import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Article, openDataStore } from '@kizuna/model';
import { searchIndexer } from '@kizuna/search';
import { corpusDir } from '../corpus/corpus-dir.js';
import { removeLeftoverTemps } from '../corpus/leftover-temps.js';
import { acquireLock } from '../corpus/lock.js';
import { removeOrphanReasons } from '../corpus/reject-file.js';
import { type Readiness, settleChecker, waitUntilSettled } from '../corpus/settle.js';
import { watchInbox } from '../corpus/watch-inbox.js';
import type { CliOptions } from './args.js';
import { BatchTally } from './batch-tally.js';
import { collectInputs } from './collect-inputs.js';
import { describeSkipped, describeWaiting } from './describe-outcome.js';
import { fileHandler } from './handle-file.js';
import { catchInterrupt } from './interrupt.js';
import { startProgress } from './progress.js';

type Say = (line: string) => void;

/** Finishes what a run that stopped left half-done: temporary files, reasons written without their file. */
async function finishHalfDoneWork(dir: ReturnType<typeof corpusDir>, say: Say): Promise<void> {
  for (const d of [dir.articles, dir.raw, dir.rejected]) {
    for (const t of await removeLeftoverTemps(d)) say(`note: removed ${t}, left by an interrupted run`);
  }
  for (const r of await removeOrphanReasons(dir.rejected)) {
    say(`note: removed rejected/${r}, a reason whose file was never moved (it is rejected again)`);
  }
}

/** One settle checker per folder (each shares its scan of open writers among its files). */
function settleFor(quietMs: number): (path: string) => Promise<Readiness> {
  const byFolder = new Map<string, (path: string) => Promise<Readiness>>();
  return (path) => {
    const folder = dirname(path);
    const check = byFolder.get(folder) ?? settleChecker(folder, quietMs);
    byFolder.set(folder, check);
    return check(path);
  };
}

/**
 * Ingests files into the corpus folder `data` (default input: its inbox), holding the folder's lock.
 * Returns the exit code: 1 when anything was rejected, 130/143 when SIGINT/SIGTERM stopped a batch.
 */
export async function runCorpus(data: string, inputs: readonly string[], options: CliOptions): Promise<number> {
  const dir = corpusDir(data);
  for (const d of [dir.root, dir.inbox, dir.articles, dir.raw, dir.rejected]) await mkdir(d, { recursive: true });
  const out = options.json ? process.stderr : process.stdout;
  let progress = startProgress(0);
  const say: Say = (line) => progress.say(line, out);
  const lock = await acquireLock(dir.root);
  if (lock.stale) say(`note: took over the lock left by an ingest that stopped (${lock.path})`);
  // opened after the lock: a new store imports the folder's articles/ once, by one process
  // the search tables (postings, headers) are written in each article's transaction, for the bot
  const store = await openDataStore(dir.root, { indexers: [searchIndexer] }).catch(async (error: unknown) => {
    await lock.release();
    throw error;
  });
  const interrupt = catchInterrupt();
  const tally = new BatchTally();
  const written: Article[] = [];
  let left = 0;
  let total = 0;
  try {
    await finishHalfDoneWork(dir, say);
    const handle = await fileHandler(dir, store, options, tally, written, say);
    const check = settleFor(options.settleMs);
    const { files, skipped } = await collectInputs(inputs.length ? inputs : [dir.inbox]);
    for (const s of skipped) say(describeSkipped(s.name, s.reason));
    if (!files.length && !options.watch) say(`nothing to ingest in ${inputs.length ? inputs.join(', ') : dir.inbox}`);
    progress = startProgress(files.length);
    for (const [i, file] of files.entries()) {
      // a file still being written is waited for, never taken half-written nor skipped
      const state = await waitUntilSettled(file, check, interrupt.signal, (why) => say(describeWaiting(file, why)));
      if (state === 'aborted') {
        left = files.length - i;
        break;
      }
      await handle(file);
      progress.tick();
      if (interrupt.signal.aborted) {
        left = files.length - i - 1;
        break;
      }
    }
    progress.stop();
    progress = startProgress(0);
    if (options.watch && !interrupt.signal.aborted) {
      say(`watching ${dir.inbox} (Ctrl-C to stop)`);
      const reported = new Set<string>();
      const onSkip = (name: string, reason: string) => {
        if (!reported.has(name)) say(describeSkipped(name, reason));
        reported.add(name);
      };
      await watchInbox(dir.inbox, { onFile: handle, onSkip, check }, interrupt.signal);
    }
  } finally {
    progress.stop();
    interrupt.dispose();
    total = await store.articleCount().catch(() => total);
    await store.close();
    await lock.release();
  }
  if (options.json) process.stdout.write(`${JSON.stringify(written, null, 2)}\n`);
  for (const line of tally.lines('ingested')) say(line);
  say(`${total} articles in ${store.path}`);
  // a signal is how --watch is stopped; a batch it cuts short is reported as interrupted
  const signal = interrupt.received();
  if (signal && !options.watch) {
    say(`stopped by ${signal}: ${left} file${left === 1 ? '' : 's'} not ingested, left in place for the next run`);
    return interrupt.exitCode() ?? 1;
  }
  return tally.rejectedCount || tally.failed ? 1 : 0;
}
