// Child process: ingest throughput of the real pipeline, in-process, beside the baseline.
// argv: <count> <seed> <profile-out>
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { printResult } from '../child-output.js';
import { articleAt } from '../generate/article-text.js';
import { createRng } from '../generate/rng.js';
import type { IngestResult } from '../results.js';
import { baselineArticle } from './baseline-pipeline.js';
import { CpuProfile, stageShares } from './stage-share.js';

const Args = z.object({
  count: z.coerce.number().int().positive(),
  seed: z.coerce.number().int(),
  profile: z.string(),
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

/** Runs `work` under the in-process CPU profiler; returns the profile. */
async function profiled(work: () => void): Promise<unknown> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  work();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile;
}

async function main() {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, seed: { type: 'string' }, profile: { type: 'string' } },
  });
  const args = Args.parse(values);
  const ingestedAt = '2026-01-01T00:00:00.000Z';

  let t = performance.now();
  const { buildArticle } = await import('../../../ingest/src/pipeline/build-article.js');
  const { loadLexicon } = await import('../../../ingest/src/repair/lexicon.js');
  const extractLexicon = await import('../../../ingest/src/extract/lexicon/load-lexicon.js');
  const importMs = performance.now() - t;
  t = performance.now();
  loadLexicon('fr');
  loadLexicon('en');
  const repairLexiconMs = performance.now() - t;
  t = performance.now();
  extractLexicon.loadLexicon();
  const extractLexiconMs = performance.now() - t;

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
  if (first) buildArticle({ bytes: first.bytes, file: first.file, ingestedAt, lexicon: loadLexicon });
  const firstArticleMs = performance.now() - t;
  for (const w of warm.slice(1)) buildArticle({ bytes: w.bytes, file: w.file, ingestedAt, lexicon: loadLexicon });

  let rejected = 0;
  const bytes = texts.reduce((n, x) => n + x.bytes.length, 0);
  const ingestAll = () => {
    for (const x of texts) {
      try {
        buildArticle({ bytes: x.bytes, file: x.file, ingestedAt, lexicon: loadLexicon });
      } catch {
        rejected += 1;
      }
    }
  };
  t = performance.now();
  ingestAll();
  const ms = performance.now() - t;

  const baselineMs = baselineTime(texts);
  // per-stage shares come from a second, profiled pass (the profiler slows the code down a little)
  rejected = 0;
  const profile = await profiled(ingestAll);
  await writeFile(args.profile, JSON.stringify(profile));

  const result: IngestResult = {
    articles: texts.length,
    rejected,
    bytes,
    ms,
    perSec: texts.length / (ms / 1000),
    mbPerSec: bytes / 1e6 / (ms / 1000),
    baseline: { perSec: texts.length / (baselineMs / 1000), mbPerSec: bytes / 1e6 / (baselineMs / 1000) },
    startup: { importMs, repairLexiconMs, extractLexiconMs, firstArticleMs },
    stages: stageShares(CpuProfile.parse(profile)),
    profileFile: args.profile,
  };
  printResult(result);
}

await main();
