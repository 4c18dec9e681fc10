// Load time of the geo index in a fresh process: `pnpm --filter @kizuna/geo bench`.
// Each run is a new process, as the ingest CLI and the bot start once.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Timing = { wall: number; cpu: number };
type Sample = { load: Timing; cities: Timing; phrases: Timing };
const RUNS = 9;
const child = fileURLToPath(new URL('./load-once.ts', import.meta.url));
const samples: Sample[] = [];
for (let i = 0; i < RUNS; i++) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@kizuna/source', child], {
    encoding: 'utf8',
  });
  samples.push(JSON.parse(out) as Sample);
}
const median = (step: keyof Sample, what: keyof Timing) =>
  ([...samples.map((s) => s[step][what])].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN).toFixed(0);
const line = (step: keyof Sample, label: string) =>
  `${label}: ${median(step, 'wall')} ms wall, ${median(step, 'cpu')} ms CPU`;
process.stdout.write(
  `median of ${RUNS} fresh processes — ${line('load', 'loadGeo() (countries)')}; ` +
    `${line('cities', 'first cityByName() (city index)')}; ${line('phrases', 'first phrases()')}\n`,
);
