import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Article, openStore, writeAtomic } from '@kizuna/model';

/** Writing built articles away, the store's way beside the files' way it replaced. */
export interface StoringTimes {
  /** Raw bytes and article JSON, each written atomically (synced, renamed): before the store. */
  filesPerSec: number;
  /** Raw bytes written atomically, then the article put into the store (one transaction). */
  storePerSec: number;
  /** putArticle alone, in ms. */
  putMs: { mean: number; p50: number; p99: number };
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN;

/** Times storing the articles both ways, in a temporary folder removed after. */
export async function timeStoring(built: readonly { article: Article; bytes: Uint8Array }[]): Promise<StoringTimes> {
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-bench-store-'));
  try {
    const put = (path: string, data: string | Uint8Array) => writeAtomic(path, (h) => h.writeFile(data));
    let t = performance.now();
    for (const { article, bytes } of built) {
      await put(join(dir, 'files', 'raw', `${article.id}.txt`), bytes);
      await put(join(dir, 'files', 'articles', `${article.id}.json`), `${JSON.stringify(article, null, 2)}\n`);
    }
    const filesMs = performance.now() - t;
    const store = await openStore(join(dir, 'store', 'kizuna.db'));
    const puts: number[] = [];
    t = performance.now();
    for (const { article, bytes } of built) {
      await put(join(dir, 'store', 'raw', `${article.id}.txt`), bytes);
      const p = performance.now();
      await store.putArticle(article, { validated: true });
      puts.push(performance.now() - p);
    }
    const storeMs = performance.now() - t;
    await store.close();
    const sorted = [...puts].sort((a, b) => a - b);
    return {
      filesPerSec: built.length / (filesMs / 1000),
      storePerSec: built.length / (storeMs / 1000),
      putMs: {
        mean: puts.reduce((a, b) => a + b, 0) / Math.max(1, puts.length),
        p50: quantile(sorted, 0.5),
        p99: quantile(sorted, 0.99),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
