// Prints how each block of the given files is classified (a debugging aid for the cleaning rules).
//   pnpm exec tsx --conditions=@kizuna/source apps/ingest/scripts/show-blocks.ts FILE…
import { readFileSync } from 'node:fs';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { loadResources } from '../src/resources/load-resources.js';

const resources = await loadResources();
for (const file of process.argv.slice(2)) {
  console.log(`=== ${file}`);
  const input = { bytes: readFileSync(file), file, ingestedAt: new Date().toISOString() };
  for (const b of runPipeline(input, resources, { until: 'classify' }).classified) {
    console.log(`${b.kind.padEnd(14)} ${b.text.slice(0, 110)}`);
  }
}
