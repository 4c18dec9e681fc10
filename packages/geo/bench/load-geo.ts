// Load time of the geo index in a fresh process: `pnpm --filter @kizuna/geo bench`.
// Each run is a new process, as the ingest CLI and the bot start once.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Sample = { load: number; cities: number; phrases: number };
const RUNS = 7;
const child = fileURLToPath(new URL('./load-once.ts', import.meta.url));
const samples: Sample[] = [];
for (let i = 0; i < RUNS; i++) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@kizuna/source', child], {
    encoding: 'utf8',
  });
  samples.push(JSON.parse(out) as Sample);
}
const median = (key: keyof Sample) =>
  ([...samples.map((s) => s[key])].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN).toFixed(1);
process.stdout.write(
  `median of ${RUNS} fresh processes: loadGeo() ${median('load')} ms (countries), first cityByName() ` +
    `${median('cities')} ms (city index), first phrases() ${median('phrases')} ms\n`,
);
