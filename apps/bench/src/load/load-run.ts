// Child process: corpus load + index build time, peak memory, and query latencies at one N,
// for Kizuna's engine or the MiniSearch baseline (one engine per process, so memory is its own).
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { commands } from '@kizuna/bot/commands';
import { QueryEngine } from '@kizuna/bot/engine';
import { type Article, bundledCorpusDir, loadCorpus } from '@kizuna/model';
import * as z from 'zod';
import { printResult } from '../child-output.js';
import { benchQueries } from '../generate/queries.js';
import type { LoadResult } from '../results.js';
import { type Latency, latency } from '../stats.js';
import { BaselineEngine } from './baseline-engine.js';
import { ensureStore, freshness, openStoreBench } from './store-run.js';

const Args = z.object({
  engine: z.enum(['kizuna', 'baseline', 'store']),
  /** Kizuna only: `first` removes the snapshot before loading, `next` loads from it. */
  start: z.enum(['first', 'next']).optional(),
  /** Whether to time queries after the load (a first start only measures the load). */
  queries: z.coerce.number().int().nonnegative(),
  dir: z.string().min(1),
  seed: z.coerce.number().int(),
  n: z.coerce.number().int().positive(),
  rounds: z.coerce.number().int().positive(),
});

type Ask = (q: string) => unknown;

// a slow command must not hold the whole run: stop its rounds after this much time
const BUDGET_MS = Number(process.env.KIZUNA_BENCH_BUDGET_MS ?? 20_000);

/** Each query once per round after a warm-up round; every call timed on its own; bounded by BUDGET_MS. */
async function time(queries: readonly string[], ask: Ask, rounds: number): Promise<Latency> {
  const started = performance.now();
  for (const q of queries.slice(0, 10)) await ask(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      if (performance.now() - started > BUDGET_MS && samples.length >= 20) return latency(samples);
      const t = performance.now();
      await ask(q);
      samples.push(performance.now() - t);
    }
  }
  return latency(samples);
}

/** Loads, then builds the engine: each timed, then the process's peak memory and heap in use. */
async function timedBuild<L, E>(load: () => Promise<L>, build: (loaded: L) => E) {
  let t = performance.now();
  const loaded = await load();
  const loadMs = performance.now() - t;
  t = performance.now();
  const engine = build(loaded);
  const indexMs = performance.now() - t;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
  return { loaded, engine, stats: { loadMs, indexMs, maxRssMb, heapUsedMb } };
}

/** The snapshot the bot would keep for this data folder (`<data>/.cache`), here beside the bench corpus. */
const benchSnapshot = (dataDir: string) => join(dataDir, '.cache', 'bench-articles.snapshot');

async function kizuna(args: z.infer<typeof Args>): Promise<LoadResult> {
  const snapshot = benchSnapshot(args.dir);
  if (args.start === 'first') await rm(join(snapshot, '..'), { recursive: true, force: true });
  // what openEngine does, timed stage by stage
  const {
    loaded: corpus,
    engine,
    stats,
  } = await timedBuild(
    () => loadCorpus([bundledCorpusDir, join(args.dir, 'articles')], { snapshot }),
    (c) => new QueryEngine(c),
  );
  const base = {
    engine: 'kizuna' as const,
    start: args.start ?? 'next',
    articles: corpus.articles.length,
    events: corpus.events.length,
    ...stats,
  };
  if (!args.queries) return { ...base, latency: null, lookup: null };
  return { ...base, ...(await kizunaLatencies(engine, args)) };
}

/** Whole replies through the real commands, and the lookups alone. */
async function kizunaLatencies(engine: QueryEngine, args: z.infer<typeof Args>) {
  const q = benchQueries(args.seed, args.n, Math.max(args.queries, 1));
  const byName = (name: string) => {
    const c = commands.find((m) => m.data.name === name);
    if (!c) throw new Error(`no /${name} command`);
    return c;
  };
  const ctx = { engine, locale: 'fr' as const };
  const [meeting, person, search] = [byName('meeting'), byName('person'), byName('search')];
  const complete = q.autocomplete.map((a) => `${a.command}\u0000${a.typed}`);
  return {
    latency: {
      meeting: await time(q.meeting, (query) => meeting.execute({ query }, ctx), args.rounds),
      person: await time(q.person, (name) => person.execute({ name }, ctx), args.rounds),
      search: await time(q.search, (text) => search.execute({ text }, ctx), args.rounds),
      autocomplete: await time(
        complete,
        (line) => {
          const [name = '', typed = ''] = line.split('\u0000');
          const c = name === 'person' ? person : meeting;
          return c.autocomplete?.({ name: name === 'person' ? 'name' : 'query', value: typed }, {}, ctx);
        },
        args.rounds,
      ),
    },
    lookup: {
      meeting: await time(q.meeting, (query) => engine.findMeeting(query), args.rounds),
      person: await time(q.person, (name) => engine.findPerson(name), args.rounds),
      search: await time(q.search, (text) => engine.search(text), args.rounds),
    },
  };
}

/** The store-backed engine: start (open + what it reads), memory, queries, then a new article's delay. */
async function store(args: z.infer<typeof Args>): Promise<LoadResult> {
  const importPerSec = await ensureStore(args.dir);
  const { handle, startMs } = await openStoreBench(args.dir);
  const engine = handle.current();
  const base = {
    engine: 'store' as const,
    start: 'next' as const,
    articles: engine.corpus.articles.length,
    events: engine.corpus.events.length,
    loadMs: startMs,
    indexMs: 0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    importPerSec,
  };
  const timed = args.queries ? await kizunaLatencies(engine, args) : { latency: null, lookup: null };
  await handle.close();
  const fresh = await freshness(args.dir);
  return { ...base, ...timed, freshMs: fresh.meetingsMs, freshSourceMs: fresh.sourceMs };
}

async function baseline(args: z.infer<typeof Args>): Promise<LoadResult> {
  const q = benchQueries(args.seed, args.n, Math.max(args.queries, 1));
  const {
    loaded: articles,
    engine,
    stats,
  } = await timedBuild(
    async () => {
      const read: Article[] = [];
      for (const dir of [bundledCorpusDir, join(args.dir, 'articles')]) {
        for (const f of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
          read.push(JSON.parse(await readFile(join(dir, f), 'utf8')) as Article);
        }
      }
      return read;
    },
    (a) => new BaselineEngine(a),
  );
  const lookup = {
    meeting: await time(q.meeting, (x) => engine.meeting(x), args.rounds),
    person: await time(q.person, (x) => engine.person(x), args.rounds),
    search: await time(q.search, (x) => engine.search(x), args.rounds),
  };
  return {
    engine: 'baseline',
    start: null,
    articles: articles.length,
    events: articles.reduce((n, a) => n + a.events.length, 0),
    ...stats,
    latency: {
      ...lookup,
      autocomplete: await time(
        q.autocomplete.map((a) => a.typed),
        (x) => engine.autocomplete(x),
        args.rounds,
      ),
    },
    lookup,
  };
}

async function main() {
  const { values } = parseArgs({
    options: Object.fromEntries(
      ['engine', 'start', 'dir', 'seed', 'n', 'queries', 'rounds'].map((k) => [k, { type: 'string' as const }]),
    ),
  });
  const args = Args.parse(values);
  const run = { kizuna, baseline, store }[args.engine];
  printResult(await run(args));
}

await main();
