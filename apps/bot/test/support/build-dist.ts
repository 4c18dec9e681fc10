import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// the bot's JavaScript imports @kizuna/model from its dist/ too
const PROJECTS = ['../../../../packages/model/', '../../'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

/**
 * Builds the bot and the model to `dist/` as `pnpm build` does (`tsc -b`, incremental: a second
 * call with nothing changed takes about a second), so a test of the built entries never runs
 * stale JavaScript.
 */
export async function buildDist(): Promise<void> {
  for (const cwd of PROJECTS) await run(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd });
}
