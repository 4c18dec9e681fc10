// Child process: ingest throughput of the real pipeline, in-process, beside the baseline.
// argv: --count N --seed S
import { parseArgs } from 'node:util';
import type { Article } from '@kizuna/model';
import * as z from 'zod';
import { printResult } from '../child-output.js';
import { articleAt } from '../generate/article-text.js';
import { createRng } from '../generate/rng.js';
import type { IngestResult } from '../results.js';
import { baselineArticle } from './baseline-pipeline.js';
import { timeStoring } from './store-run.js';

const Args = z.object({
  count: z.coerce.number().int().positive(),
  seed: z.coerce.number().int(),
});

/** The baseline's time for every text, in ms: it is fast, so repeated until it has run long enough to time. */
function baselineTime(texts: readonly { bytes: Uint8Array; language: string }[]): number {
  let rounds = 0;
  const t = performance.now();
  do {
    for (const x of texts) baselineArticle(x.bytes, x.language);
    rounds += 1;
  } while (performance.now() - t < 300);
  return (performance.now() - t) / rounds;
}

async function main() {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, seed: { type: 'string' } },
  });
  const args = Args.parse(values);
  const ingestedAt = '2026-01-01T00:00:00.000Z';

  let t = performance.now();
  const { buildArticle, loadResources, timeStages } = await import('@kizuna/ingest');
  const importMs = performance.now() - t;
  t = performance.now();
  const resources = await loadResources();
  const resourcesMs = performance.now() - t;

  const encoder = new TextEncoder();
  // a separate set for warm-up so the timed articles are not already seen; throughput is that of
  // a running ingest, once the JIT has compiled the pipeline (first article: reported on its own)
  const WARM_UP = 100;
  const texts = Array.from({ length: args.count + WARM_UP }, (_, i) => {
    const g = articleAt(createRng, args.seed, 900_000 + i);
    return { file: g.file, bytes: encoder.encode(g.text), language: g.truth.language };
  });
  const warm = texts.splice(0, WARM_UP);
  t = performance.now();
  const first = warm[0];
  if (first) buildArticle({ bytes: first.bytes, file: first.file, ingestedAt }, resources);
  const firstArticleMs = performance.now() - t;
  for (const w of warm.slice(1)) buildArticle({ bytes: w.bytes, file: w.file, ingestedAt }, resources);

  let rejected = 0;
  const bytes = texts.reduce((n, x) => n + x.bytes.length, 0);
  const built: { article: Article; bytes: Uint8Array }[] = [];
  const ingestAll = () => {
    for (const x of texts) {
      try {
        built.push({ article: buildArticle({ bytes: x.bytes, file: x.file, ingestedAt }, resources), bytes: x.bytes });
      } catch {
        rejected += 1;
      }
    }
  };
  t = performance.now();
  ingestAll();
  const ms = performance.now() - t;

  const baselineMs = baselineTime(texts);
  const storing = await timeStoring(built);
  // per-stage times come from the pipeline's own stage list, in a second pass (timing each stage
  // costs two clock reads per stage and article)
  const timed = timeStages(
    texts.map((x) => ({ bytes: x.bytes, file: x.file, ingestedAt })),
    resources,
  );

  const result: IngestResult = {
    articles: texts.length,
    rejected,
    bytes,
    ms,
    perSec: texts.length / (ms / 1000),
    mbPerSec: bytes / 1e6 / (ms / 1000),
    baseline: { perSec: texts.length / (baselineMs / 1000), mbPerSec: bytes / 1e6 / (baselineMs / 1000) },
    startup: { importMs, resourcesMs, firstArticleMs },
    storing,
    stages: timed.stages.map(({ stage, ms, share }) => ({ stage, ms, share })).sort((a, b) => b.ms - a.ms),
  };
  printResult(result);
}

await main();
