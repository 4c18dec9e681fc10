import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from './article.js';
import type { Corpus } from './corpus.js';
import { mergeCorpus } from './merge-corpus.js';
import { ModelError } from './model-error.js';
import { parseArticle } from './parse-article.js';

/** Every `.json` file under a folder, sorted; a missing folder holds none. */
async function jsonFiles(dir: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ModelError('UNREADABLE_FILE', `cannot read the folder ${dir}`, { file: dir, cause: error });
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Reads and validates every article JSON under the folders; throws one error listing every bad file. */
export async function loadArticles(dirs: readonly string[]): Promise<Article[]> {
  const failures: { file: string; message: string }[] = [];
  const byId = new Map<string, Article>();
  for (const dir of dirs) {
    for (const file of await jsonFiles(dir)) {
      try {
        const text = await readFile(file, 'utf8');
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          throw new ModelError('INVALID_ARTICLE', `${file}: not JSON (${(error as Error).message})`, {
            file,
            cause: error,
          });
        }
        const article = parseArticle(value, file);
        // the same article in two folders (a seed ingested again) counts once
        if (!byId.has(article.id)) byId.set(article.id, article);
      } catch (error) {
        failures.push({ file, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  if (failures.length) {
    const list = failures.map((f) => `- ${f.message.replace(/\n/g, '\n  ')}`).join('\n');
    throw new ModelError('INVALID_CORPUS', `${failures.length} invalid article file(s):\n${list}`, { failures });
  }
  return [...byId.values()];
}

/** Loads every article under the folders and merges them into a `Corpus`. */
export async function loadCorpus(dirs: readonly string[]): Promise<Corpus> {
  return mergeCorpus(await loadArticles(dirs));
}
