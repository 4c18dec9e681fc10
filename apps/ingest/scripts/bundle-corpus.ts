// Regenerates the bundled corpus (packages/model/data) from the seed articles.
//   pnpm corpus:bundle [SEEDS_DIR]
// SEEDS_DIR defaults to <repo>/../shared/corpus/seeds, or the copies in packages/model/data/seeds when
// that folder is absent. Run it again whenever the cleaning or the extraction changes, and commit the data.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCorpus } from '../src/corpus/bundle.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = resolve(repo, 'packages/model/data');
const shared = resolve(repo, '../shared/corpus/seeds');
const arg = process.argv[2];
const seeds = arg
  ? resolve(process.env.INIT_CWD ?? process.cwd(), arg)
  : existsSync(shared)
    ? shared
    : resolve(outDir, 'seeds');

bundleCorpus(seeds, outDir).then(
  ({ written }) => {
    for (const w of written) console.log(`bundled ${w.file} -> packages/model/data/articles/${w.id}.json`);
  },
  (error: unknown) => {
    console.error(`corpus:bundle: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
