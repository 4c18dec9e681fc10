// Child process: generated texts [from, to) through the real ingest pipeline, one Article JSON each.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { printResult } from '../child-output.js';
import { articleAt } from '../generate/article-text.js';
import { createRng } from '../generate/rng.js';

const Args = z.object({
  seed: z.coerce.number().int(),
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(0),
  out: z.string().min(1),
});

async function main() {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
  });
  const args = Args.parse(values);
  const { buildArticle, loadResources, serialiseArticle } = await import('@kizuna/ingest');
  const resources = await loadResources();
  const encoder = new TextEncoder();
  const started = performance.now();
  let written = 0;
  let rejected = 0;
  for (let i = args.from; i < args.to; i++) {
    const g = articleAt(createRng, args.seed, i);
    try {
      const article = buildArticle(
        { bytes: encoder.encode(g.text), file: g.file, ingestedAt: '2026-01-01T00:00:00.000Z' },
        resources,
      );
      await writeFile(join(args.out, `${article.id}.json`), serialiseArticle(article));
      written += 1;
    } catch {
      rejected += 1;
    }
    if ((i - args.from) % 500 === 499) process.stderr.write(`  corpus: ${i - args.from + 1}/${args.to - args.from}\n`);
  }
  printResult({ written, rejected, ms: performance.now() - started });
}

await main();
