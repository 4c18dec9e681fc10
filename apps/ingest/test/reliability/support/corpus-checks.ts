import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Article, bundledCorpusDir, loadArticles, mergeCorpus, openDataStore, parseArticle } from '@kizuna/model';
import { expect } from 'vitest';

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

/**
 * The data folder's store, checked whole: its meetings and people are those of a full merge of its
 * articles. Returns the articles ingested into it (the bundled seeds left out).
 */
export async function checkedStoreArticles(dataDir: string): Promise<Article[]> {
  const store = await openDataStore(dataDir, { readonly: true });
  try {
    const corpus = await store.corpus();
    expect(corpus).toEqual(mergeCorpus(corpus.articles));
    const seeds = new Set((await loadArticles([bundledCorpusDir])).map((a) => a.id));
    return corpus.articles.filter((a) => !seeds.has(a.id));
  } finally {
    await store.close();
  }
}
