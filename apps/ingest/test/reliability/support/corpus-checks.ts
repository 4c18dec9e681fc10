import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Article, parseArticle } from '@kizuna/model';

/** Every file under a folder, recursively, as paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** Every article of a corpus folder, each parsed and validated (throws on the first bad one). */
export async function readArticles(dataDir: string): Promise<Article[]> {
  const dir = join(dataDir, 'articles');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  return Promise.all(names.map(async (n) => parseArticle(JSON.parse(await readFile(join(dir, n), 'utf8')), n)));
}

/** Temporary or lock files left behind anywhere in the corpus folder. */
export async function leftovers(dataDir: string): Promise<string[]> {
  return (await filesUnder(dataDir)).filter((f) => /\.tmp$|\.ingest\.lock$/.test(f));
}
