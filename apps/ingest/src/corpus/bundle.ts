import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArticle } from '../pipeline/build-article.js';
import { loadResources } from '../resources/load-resources.js';
import { serialiseArticle } from './serialise.js';

/**
 * The bundled corpus is regenerated, not edited, so it must come out byte-identical: every article
 * gets this fixed ingestion time instead of the clock's.
 */
export const BUNDLE_INGESTED_AT = '2026-01-01T00:00:00.000Z';

export interface BundleResult {
  written: { file: string; id: string }[];
}

/**
 * Ingests every `.txt` seed in `seedsDir` into `outDir/articles/<id>.json` and keeps a copy of the
 * seed texts in `outDir/seeds/` (so the bundle can be regenerated from the repository alone).
 * Articles no longer produced are deleted. Throws on the first seed that does not ingest.
 */
export async function bundleCorpus(seedsDir: string, outDir: string): Promise<BundleResult> {
  const names = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
  const articlesDir = join(outDir, 'articles');
  const copiesDir = join(outDir, 'seeds');
  await mkdir(articlesDir, { recursive: true });
  await mkdir(copiesDir, { recursive: true });
  const written: BundleResult['written'] = [];
  const resources = await loadResources();
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(seedsDir, name)));
    const article = buildArticle({ bytes, file: name, ingestedAt: BUNDLE_INGESTED_AT }, resources);
    await writeFile(join(articlesDir, `${article.id}.json`), serialiseArticle(article));
    if (join(seedsDir, name) !== join(copiesDir, name)) await writeFile(join(copiesDir, name), bytes, { mode: 0o644 });
    written.push({ file: name, id: article.id });
  }
  const keep = new Set(written.map((w) => `${w.id}.json`));
  for (const stale of (await readdir(articlesDir)).filter((n) => n.endsWith('.json') && !keep.has(n))) {
    await rm(join(articlesDir, stale));
  }
  return { written };
}
