import { existsSync, readFileSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '@kizuna/model';
import * as z from 'zod';
import { WriteResult } from '../results.js';
import { runChild } from '../run-child.js';
import { cloneArticle } from './clone-article.js';

export interface BenchCorpus {
  n: number;
  /** A data folder: its `articles/` holds the JSON files. */
  dataDir: string;
  /** How many articles came from generated texts through the real pipeline; the rest are clones. */
  ingested: number;
  bytes: number;
}

export const benchRoot = () => process.env.KIZUNA_BENCH_DIR ?? join(tmpdir(), 'kizuna-bench');
const dirOf = (seed: number, n: number) => join(benchRoot(), `corpus-s${seed}-n${n}`);
// bumped whenever the generator or the clones change what a corpus holds: a cached corpus of
// another version is built again
const CORPUS_VERSION = 3;

function isCurrent(root: string): boolean {
  try {
    return Marker.parse(JSON.parse(readFileSync(join(root, 'complete.json'), 'utf8'))).version === CORPUS_VERSION;
  } catch {
    return false;
  }
}

const Marker = z.object({ version: z.number().optional() });

async function sizeOf(dir: string): Promise<{ files: string[]; bytes: number }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  const { stat } = await import('node:fs/promises');
  let bytes = 0;
  for (const f of files) bytes += (await stat(join(dir, f))).size;
  return { files, bytes };
}

/**
 * The corpus of N generated articles for this seed, built once and cached under the bench folder.
 * Up to `realMax` articles go through the real pipeline (two processes, one per core); beyond that
 * the really ingested ones are cloned (see cloneArticle). A smaller corpus is reused as a prefix.
 */
export async function ensureCorpus(seed: number, n: number, realMax: number): Promise<BenchCorpus> {
  const root = dirOf(seed, n);
  const articles = join(root, 'articles');
  const marker = join(root, 'complete.json');
  const ingested = Math.min(n, realMax);
  if (isCurrent(root)) {
    const { bytes } = await sizeOf(articles);
    return { n, dataDir: root, ingested, bytes };
  }
  await rm(root, { recursive: true, force: true });
  await mkdir(articles, { recursive: true });

  // reuse the biggest finished smaller corpus of this seed (its indices are a prefix of ours)
  let from = 0;
  const finished = existsSync(benchRoot()) ? await readdir(benchRoot()) : [];
  const smaller = finished
    .map((d) => /^corpus-s(\d+)-n(\d+)$/.exec(d))
    .filter((m): m is RegExpExecArray => !!m && Number(m[1]) === seed && Number(m[2]) < n && Number(m[2]) <= realMax)
    .map((m) => Number(m[2]))
    .filter((k) => isCurrent(dirOf(seed, k)))
    .sort((a, b) => b - a)[0];
  if (smaller !== undefined) {
    const src = join(dirOf(seed, smaller), 'articles');
    for (const f of await readdir(src)) await link(join(src, f), join(articles, f));
    from = smaller;
  }
  if (from < ingested) {
    process.stderr.write(`bench: ingesting generated articles ${from}..${ingested} for N=${n}\n`);
    const mid = from + Math.ceil((ingested - from) / 2);
    const parts = [
      [from, mid],
      [mid, ingested],
    ].filter(([a, b]) => (a ?? 0) < (b ?? 0));
    await Promise.all(
      parts.map(([a, b]) =>
        runChild(
          './corpus/write-corpus.ts',
          ['--seed', String(seed), '--from', String(a), '--to', String(b), '--out', articles],
          WriteResult,
        ),
      ),
    );
  }
  if (n > ingested) {
    process.stderr.write(`bench: cloning ${n - ingested} articles for N=${n}\n`);
    const pool = (await readdir(articles)).filter((f) => f.endsWith('.json')).sort();
    const copies = Math.ceil((n - pool.length) / pool.length);
    let made = pool.length;
    for (const f of pool) {
      const article = parseArticle(JSON.parse(await readFile(join(articles, f), 'utf8')), f);
      for (let copy = 1; copy <= copies && made < n; copy++) {
        const clone = cloneArticle(article, copy);
        await writeFile(join(articles, `${clone.id}.json`), `${JSON.stringify(clone, null, 2)}\n`);
        made += 1;
      }
    }
  }
  await writeFile(marker, `${JSON.stringify({ version: CORPUS_VERSION, seed, n, ingested })}\n`);
  const { bytes } = await sizeOf(articles);
  return { n, dataDir: root, ingested, bytes };
}
