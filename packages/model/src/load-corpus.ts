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

// reads overlap (the disk waits); each file is parsed as soon as it is read, so texts do not pile up
const READ_CONCURRENCY = 16;

async function readAndParseAll(files: readonly string[]): Promise<(Article | Error)[]> {
  const results: (Article | Error)[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as string;
      const text = await readFile(file, 'utf8').catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      );
      try {
        results[i] = parseFile(file, text);
      } catch (error) {
        results[i] = error instanceof Error ? error : new Error(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return results;
}

function parseFile(file: string, text: string | Error): Article {
  if (text instanceof Error) {
    throw new ModelError('UNREADABLE_FILE', `${file}: cannot read (${text.message})`, { file, cause: text });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ModelError('INVALID_ARTICLE', `${file}: not JSON (${(error as Error).message})`, { file, cause: error });
  }
  return parseArticle(value, file);
}

/** Reads and validates every article JSON under the folders; throws one error listing every bad file. */
export async function loadArticles(dirs: readonly string[]): Promise<Article[]> {
  const files = (await Promise.all(dirs.map(jsonFiles))).flat();
  const results = await readAndParseAll(files);
  const failures: { file: string; message: string }[] = [];
  // the same article in two folders (a seed ingested again) counts once
  const byId = new Map<string, Article>();
  results.forEach((result, i) => {
    if (result instanceof Error) {
      failures.push({ file: files[i] as string, message: result.message });
    } else if (!byId.has(result.id)) byId.set(result.id, result);
  });
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
