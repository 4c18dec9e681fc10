// `pnpm bench [--quick] [--n 1000,10000,100000]`: ingest, load, latency and HTTP numbers, each
// beside a baseline measured in the same run, printed and written to BENCHMARKS.md.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BenchError } from './child-output.js';
import { type BenchArgs, parseBenchArgs, USAGE } from './cli-args.js';
import { type BenchCorpus, benchRoot, ensureCorpus } from './corpus/ensure-corpus.js';
import { benchQueries } from './generate/queries.js';
import { httpBench } from './http/http-bench.js';
import { machine } from './report/machine.js';
import { generatedSection, mergeMarkdown } from './report/markdown.js';
import { httpFailedRow, httpRows, ingestRows, loadRows, type Row, storeRows, timedOutRow } from './report/rows.js';
import { textTable } from './report/table.js';
import { IngestResult, LoadResult } from './results.js';
import { runChild } from './run-child.js';

const repoFile = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));
/** A child that ran out of time is a result (reported in the table); any other failure is not. */
function timedOut(error: unknown): null {
  if (error instanceof BenchError && error.code === 'TIMED_OUT') {
    say(error.message);
    return null;
  }
  throw error;
}

const say = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Per corpus size: the corpus (built once), then load and latency for the baseline and Kizuna (first and next start). */
async function loadRuns(args: BenchArgs, rows: Row[]): Promise<BenchCorpus[]> {
  const corpora: BenchCorpus[] = [];
  for (const n of [...args.n].sort((a, b) => a - b)) {
    say(`corpus N=${n}`);
    const corpus = await ensureCorpus(args.seed, n, args.realMax);
    corpora.push(corpus);
    const common = ['--dir', corpus.dataDir, '--seed', String(args.seed), '--n', String(Math.min(n, args.realMax))];
    const more = ['--queries', String(args.queries), '--rounds', String(args.rounds)];
    // 100k articles outgrow V8's default 4 GB old space for either engine: both get the same room
    const limit = { timeoutMs: args.childTimeoutMs, nodeArgs: n > 10_000 ? ['--max-old-space-size=8192'] : [] };
    const load = (extra: string[]) =>
      runChild('./load/load-run.ts', [...extra, ...common], LoadResult, limit).catch((error: unknown) =>
        timedOut(error),
      );
    say(`load + latency N=${n}: baseline`);
    const b = await load(['--engine', 'baseline', ...more]);
    say(`load N=${n}: Kizuna, first start (every file read and validated, snapshot written)`);
    const first = await load(['--engine', 'kizuna', '--start', 'first', '--queries', '0', '--rounds', '1']);
    say(`load + latency N=${n}: Kizuna, next start (from the snapshot)`);
    const k = first ? await load(['--engine', 'kizuna', '--start', 'next', ...more]) : null;
    if (first && k && b) rows.push(...loadRows(n, first, k, b));
    else rows.push(timedOutRow(n, args.childTimeoutMs, b));
    say(`load + latency N=${n}: Kizuna from the store (kizuna.db made once, untimed)`);
    const s = await load(['--engine', 'store', ...more]);
    if (s && b) rows.push(...storeRows(n, s, k, b));
  }
  return corpora;
}

/** The HTTP endpoint under load, on the smallest corpus of at least 1k (it loads its corpus before it listens). */
async function httpRun(args: BenchArgs, corpora: readonly BenchCorpus[], rows: Row[]): Promise<void> {
  const sorted = [...corpora].sort((a, b) => a.n - b.n);
  const httpCorpus = sorted.find((c) => c.n >= 1000) ?? sorted.at(-1);
  if (!httpCorpus) return;
  say(`HTTP endpoint under load, N=${httpCorpus.n}, ${args.httpSeconds} s each`);
  const q = benchQueries(args.seed, Math.min(httpCorpus.n, args.realMax), 40);
  try {
    const http = await httpBench(httpCorpus.dataDir, q.autocomplete, q.meeting.slice(0, 10), args.httpSeconds);
    rows.push(...httpRows(httpCorpus.n, http.kizuna, http.baseline));
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    say(error.message);
    rows.push(httpFailedRow(httpCorpus.n, error.message));
  }
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2), repoFile);
  const started = performance.now();
  await mkdir(benchRoot(), { recursive: true });
  const rows: Row[] = [];

  say(`ingest throughput (${args.ingestCount} generated articles, one process)`);
  const ingest = await runChild(
    './ingest/ingest-run.ts',
    ['--count', String(args.ingestCount), '--seed', String(args.seed)],
    IngestResult,
  );
  rows.push(...ingestRows(ingest));

  const corpora = await loadRuns(args, rows);
  await httpRun(args, corpora, rows);

  process.stdout.write(`\n${textTable(rows)}\n\n`);
  const slowest = ingest.stages[0];
  if (slowest)
    say(`slowest ingest stage: ${slowest.stage} (${(slowest.share * 100).toFixed(0)}% of the pipeline's time)`);
  if (args.out) {
    const existing = await readFile(args.out, 'utf8').catch(() => null);
    const section = generatedSection({
      command: `pnpm bench ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      machine: machine(),
      rows,
      ingest,
      corpora,
      wallSeconds: (performance.now() - started) / 1000,
    });
    await writeFile(args.out, mergeMarkdown(existing, section));
    say(`wrote ${args.out}`);
  }
  // a missed goal is a finding to report, not a failed run
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    if (error instanceof BenchError && error.code === 'BAD_USAGE') process.stderr.write(USAGE);
    process.exitCode = error instanceof BenchError && error.code === 'BAD_USAGE' ? 2 : 1;
  },
);
