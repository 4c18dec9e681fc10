import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Article, type CorpusStore, openStore, writeAtomic } from '@kizuna/model';

/** Writing built articles away, the store's way beside the files' way it replaced. */
export interface StoringTimes {
  /** Raw bytes and article JSON, each written atomically (synced, renamed): before the store. */
  filesPerSec: number;
  /** Raw bytes written atomically, then the article put into the store (one transaction). */
  storePerSec: number;
  /** The same, with the unsynced articles/<id>.json mirror ingest keeps until the bot reads the store. */
  mirrorPerSec: number;
  /** putArticle alone, in ms. */
  putMs: { mean: number; p50: number; p99: number };
}

type Built = { article: Article; bytes: Uint8Array };
type Mode = 'files' | 'store' | 'mirror';

const quantile = (sorted: readonly number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN;
const synced = (path: string, data: string | Uint8Array) => writeAtomic(path, (h) => h.writeFile(data));
const json = (a: Article) => `${JSON.stringify(a, null, 2)}\n`;

/** Writes one article the given way; returns putArticle's time (0 for files). */
async function writeOne(mode: Mode, dir: string, store: CorpusStore, { article, bytes }: Built): Promise<number> {
  await synced(join(dir, mode, 'raw', `${article.id}.txt`), bytes);
  const path = join(dir, mode, 'articles', `${article.id}.json`);
  if (mode === 'files') {
    await synced(path, json(article));
    return 0;
  }
  if (mode === 'mirror') await writeAtomic(path, (h) => h.writeFile(json(article)), { sync: false });
  const t = performance.now();
  await store.putArticle(article, { validated: true });
  return performance.now() - t;
}

/**
 * Times storing the articles each way, in a temporary folder removed after. The ways take turns
 * every 25 articles, so that the load of a shared machine falls on each alike.
 */
export async function timeStoring(built: readonly Built[]): Promise<StoringTimes> {
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-bench-store-'));
  const modes: Mode[] = ['files', 'store', 'mirror'];
  const stores = await Promise.all(modes.map((m) => openStore(join(dir, m, 'kizuna.db'))));
  try {
    const ms = { files: 0, store: 0, mirror: 0 };
    const puts: number[] = [];
    for (let i = 0; i < built.length; i += 25) {
      const chunk = built.slice(i, i + 25);
      for (const [k, mode] of modes.entries()) {
        const t = performance.now();
        for (const b of chunk) {
          const put = await writeOne(mode, dir, stores[k] as CorpusStore, b);
          if (mode === 'store') puts.push(put);
        }
        ms[mode] += performance.now() - t;
      }
    }
    const sorted = [...puts].sort((a, b) => a - b);
    const rate = (m: Mode) => built.length / (ms[m] / 1000);
    return {
      filesPerSec: rate('files'),
      storePerSec: rate('store'),
      mirrorPerSec: rate('mirror'),
      putMs: {
        mean: puts.reduce((a, b) => a + b, 0) / Math.max(1, puts.length),
        p50: quantile(sorted, 0.5),
        p99: quantile(sorted, 0.99),
      },
    };
  } finally {
    for (const s of stores) await s.close();
    await rm(dir, { recursive: true, force: true });
  }
}
