// The store-backed engine in a load child: the store is made once per corpus (untimed: that is
// ingest's work), then a start is timed, queries as for Kizuna, and how soon a new article shows.
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine, type QueryEngine } from '@kizuna/bot/engine';
import { openDataStore, STORE_FILE } from '@kizuna/model';
import { searchIndexer } from '@kizuna/search';
import { cloneArticle } from '../corpus/clone-article.js';

/** Makes `<dir>/kizuna.db` from the corpus folder when missing; its articles per second, or null when it was there. */
export async function ensureStore(dir: string): Promise<number | null> {
  if (existsSync(join(dir, STORE_FILE))) return null;
  const t = performance.now();
  const store = await openDataStore(dir, { indexers: [searchIndexer] });
  const count = await store.articleCount();
  await store.close();
  return count / ((performance.now() - t) / 1000);
}

/** Opens the engine over the store: the bot's start. */
export async function openStoreBench(dir: string) {
  const t = performance.now();
  const handle = await openEngine({ dataDir: dir });
  return { handle, startMs: performance.now() - t };
}

/**
 * Writes one article into a copy of the store (a clone of the first, under a new id) through
 * another connection and measures how long until a watching engine answers /source with it, and
 * until its meetings and people are read again (the engine's corpus holds it).
 */
export async function freshness(corpusDir: string): Promise<{ sourceMs: number; meetingsMs: number }> {
  // on a copy: the bench's store keeps the corpus the other engines read
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-fresh-'));
  await copyFile(join(corpusDir, STORE_FILE), join(dir, STORE_FILE));
  const handle = await openEngine({ dataDir: dir, watch: true });
  const before = handle.current();
  const writer = await openDataStore(dir, { indexers: [searchIndexer] });
  const first = before.corpus.articles[0];
  const whole = first ? before.article(first.id) : undefined;
  if (!whole) throw new Error('the store is empty');
  const clone = cloneArticle(whole, 900_000 + Math.floor(Math.random() * 99_999));
  // event ids are unique in a store: the clone's are renamed after it, and the facts follow them
  const renamed = (id: string) => (id.startsWith(whole.id) ? clone.id + id.slice(whole.id.length) : id);
  const copy = {
    ...clone,
    events: clone.events.map((e) => ({ ...e, id: renamed(e.id) })),
    facts: clone.facts.map((f) => ({ ...f, about: renamed(f.about) })),
  };
  await writer.putArticle(copy);
  const t = performance.now();
  const answered = (e: QueryEngine) => e.findArticle(copy.id).kind === 'found';
  const holds = (e: QueryEngine) => e.corpus.articles.some((a) => a.id === copy.id);
  let sourceMs = Number.NaN;
  while (!holds(handle.current()) && performance.now() - t < 30_000) {
    if (Number.isNaN(sourceMs) && answered(handle.current())) sourceMs = performance.now() - t;
    await new Promise((r) => setTimeout(r, 5));
  }
  const meetingsMs = performance.now() - t;
  await writer.close();
  await handle.close();
  await rm(dir, { recursive: true, force: true });
  return { sourceMs: Number.isNaN(sourceMs) ? meetingsMs : sourceMs, meetingsMs };
}
