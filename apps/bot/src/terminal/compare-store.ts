// `tsx src/terminal/compare-store.ts --data DIR QUERIES.json…`: answers every query line (and a few
// of each command) with the in-memory engine and the store-backed engine over the same data folder,
// and lists the replies that differ. Exit 1 when any does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDataStore } from '@kizuna/model';
import { searchIndexer } from '@kizuna/search';
import { openEngine } from '../engine/index.js';
import { compareEngines, queryLines } from './compare-engines.js';
import { runMain } from './run-main.js';

const EXTRA = ['/about', '/timeline', '/timeline from:2023 to:2024', '/search 2+2', '/person Kishida', '/source 1'];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--data');
  if (at < 0 || !args[at + 1]) {
    process.stderr.write('usage: compare-store --data DIR QUERIES.json...\n');
    return 2;
  }
  const dataDir = resolve(args[at + 1] as string);
  const files = args.filter((_, i) => i !== at && i !== at + 1);
  const lines = [...files.flatMap((f) => queryLines(JSON.parse(readFileSync(f, 'utf8')))), ...EXTRA];
  // a folder without a store gets one (bundled corpus + its articles/), as a first ingest would
  await (await openDataStore(dataDir, { indexers: [searchIndexer] })).close();
  const memory = await openEngine({ dataDir, store: false, snapshot: false });
  const store = await openEngine({ dataDir });
  if (memory.current().corpus.articles.length !== store.current().corpus.articles.length) {
    process.stderr.write('the store and the folder hold different articles\n');
    return 1;
  }
  const diffs = await compareEngines(memory.current(), store.current(), lines);
  for (const d of diffs)
    process.stdout.write(
      `DIFF [${d.locale}] ${d.line}\n  memory: ${d.expected.slice(0, 400)}\n  store:  ${d.actual.slice(0, 400)}\n`,
    );
  process.stdout.write(`${lines.length} lines × 2 locales: ${diffs.length} differ\n`);
  await memory.close();
  await store.close();
  return diffs.length ? 1 : 0;
}

runMain(main);
