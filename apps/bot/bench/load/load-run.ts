// Child process: corpus load + index build time, peak memory, and query latencies at one N,
// for Kizuna's engine or the MiniSearch baseline (one engine per process, so memory is its own).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Article, bundledCorpusDir, loadCorpus } from '@kizuna/model';
import * as z from 'zod';
import { commands } from '../../src/commands/index.js';
import { QueryEngine } from '../../src/engine/index.js';
import { printResult } from '../child-output.js';
import { benchQueries } from '../generate/queries.js';
import type { LoadResult } from '../results.js';
import { latency } from '../stats.js';
import { BaselineEngine } from './baseline-engine.js';

const Args = z.object({
  engine: z.enum(['kizuna', 'baseline']),
  dir: z.string().min(1),
  seed: z.coerce.number().int(),
  n: z.coerce.number().int().positive(),
  queries: z.coerce.number().int().positive(),
  rounds: z.coerce.number().int().positive(),
});

type Ask = (q: string) => unknown;

// a slow command must not hold the whole run: stop its rounds after this much time
const BUDGET_MS = Number(process.env.KIZUNA_BENCH_BUDGET_MS ?? 20_000);

/** Each query once per round after a warm-up round; every call timed on its own; bounded by BUDGET_MS. */
async function time(queries: readonly string[], ask: Ask, rounds: number): Promise<number[]> {
  const started = performance.now();
  for (const q of queries.slice(0, 10)) await ask(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      if (performance.now() - started > BUDGET_MS && samples.length >= 20) return samples;
      const t = performance.now();
      await ask(q);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}

async function main() {
  const { values } = parseArgs({
    options: Object.fromEntries(
      ['engine', 'dir', 'seed', 'n', 'queries', 'rounds'].map((k) => [k, { type: 'string' as const }]),
    ),
  });
  const args = Args.parse(values);
  const q = benchQueries(args.seed, args.n, args.queries);
  const articlesDir = join(args.dir, 'articles');
  let result: LoadResult;

  if (args.engine === 'kizuna') {
    let t = performance.now();
    const corpus = await loadCorpus([bundledCorpusDir, articlesDir]);
    const loadMs = performance.now() - t;
    t = performance.now();
    const engine = new QueryEngine(corpus);
    const indexMs = performance.now() - t;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
    const byName = (name: string) => {
      const c = commands.find((m) => m.data.name === name);
      if (!c) throw new Error(`no /${name} command`);
      return c;
    };
    const ctx = { engine, locale: 'fr' as const };
    const [meeting, person, search] = [byName('meeting'), byName('person'), byName('search')];
    const complete = q.autocomplete.map((a) => `${a.command}\u0000${a.typed}`);
    result = {
      engine: 'kizuna',
      articles: corpus.articles.length,
      events: corpus.events.length,
      loadMs,
      indexMs,
      maxRssMb,
      heapUsedMb,
      latency: {
        meeting: latency(await time(q.meeting, (query) => meeting.execute({ query }, ctx), args.rounds)),
        person: latency(await time(q.person, (name) => person.execute({ name }, ctx), args.rounds)),
        search: latency(await time(q.search, (text) => search.execute({ text }, ctx), args.rounds)),
        autocomplete: latency(
          await time(
            complete,
            (line) => {
              const [name = '', typed = ''] = line.split('\u0000');
              const c = name === 'person' ? person : meeting;
              return c.autocomplete?.({ name: name === 'person' ? 'name' : 'query', value: typed }, {}, ctx);
            },
            args.rounds,
          ),
        ),
      },
    };
  } else {
    let t = performance.now();
    const articles: Article[] = [];
    for (const dir of [bundledCorpusDir, articlesDir]) {
      for (const f of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
        articles.push(JSON.parse(await readFile(join(dir, f), 'utf8')) as Article);
      }
    }
    const loadMs = performance.now() - t;
    t = performance.now();
    const engine = new BaselineEngine(articles);
    const indexMs = performance.now() - t;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
    result = {
      engine: 'baseline',
      articles: articles.length,
      events: articles.reduce((n, a) => n + a.events.length, 0),
      loadMs,
      indexMs,
      maxRssMb,
      heapUsedMb,
      latency: {
        meeting: latency(await time(q.meeting, (x) => engine.meeting(x), args.rounds)),
        person: latency(await time(q.person, (x) => engine.person(x), args.rounds)),
        search: latency(await time(q.search, (x) => engine.search(x), args.rounds)),
        autocomplete: latency(
          await time(
            q.autocomplete.map((a) => a.typed),
            (x) => engine.autocomplete(x),
            args.rounds,
          ),
        ),
      },
    };
  }
  printResult(result);
}

await main();
