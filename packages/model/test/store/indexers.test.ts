import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Article, type CorpusStore, openStore, type StoreDb, type StoreIndexer } from '../../src/index.js';
import { validArticle } from '../fixtures.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kizuna-indexer-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const articleWithId = (id: string): Article =>
  JSON.parse(JSON.stringify(validArticle()).replaceAll('a1b2c3d4e5f6', id)) as Article;

/** An indexer keeping the meeting ids and article titles in tables of its own; it can be told to fail. */
function testIndexer(version = 1, failOn?: string): StoreIndexer & { calls: number } {
  return {
    name: 'test',
    version,
    calls: 0,
    schema(db: StoreDb) {
      db.exec(
        'CREATE TABLE IF NOT EXISTS test_meeting (id TEXT PRIMARY KEY); CREATE TABLE IF NOT EXISTS test_article (id TEXT PRIMARY KEY)',
      );
    },
    clear(db: StoreDb) {
      db.exec('DELETE FROM test_meeting; DELETE FROM test_article');
    },
    onArticle(db: StoreDb, article: Article) {
      this.calls += 1;
      db.prepare('INSERT INTO test_article (id) VALUES (?)').run(article.id);
      if (article.id === failOn) throw new Error('indexer failed');
    },
    onMeetings(db: StoreDb, change) {
      for (const id of change.removed) db.prepare('DELETE FROM test_meeting WHERE id = ?').run(id);
      for (const m of change.added) db.prepare('INSERT OR IGNORE INTO test_meeting (id) VALUES (?)').run(m.id);
    },
  };
}

const tables = (store: CorpusStore) =>
  store.sql((db) => ({
    meetings: db.prepare('SELECT id FROM test_meeting ORDER BY id').pluck().all(),
    articles: db.prepare('SELECT id FROM test_article ORDER BY id').pluck().all(),
  }));

describe('store indexers', () => {
  it('keep their tables in step with the merged meetings, in the same transaction', async () => {
    const store = await openStore(join(root, 'k.db'), { indexers: [testIndexer()] });
    for (const id of ['x1', 'x2', 'x3']) await store.putArticle(articleWithId(id));
    const meetings = (await store.meetings()).map((m) => m.id).sort();
    expect(await tables(store)).toEqual({ meetings, articles: ['x1', 'x2', 'x3'] });
    await store.close();
  });

  it('roll the whole article back when one fails: the store is as before that article', async () => {
    const store = await openStore(join(root, 'k.db'), { indexers: [testIndexer(1, 'x2')] });
    await store.putArticle(articleWithId('x1'));
    const before = { corpus: await store.corpus(), change: await store.changeCount(), tables: await tables(store) };
    await expect(store.putArticle(articleWithId('x2'))).rejects.toThrow(/indexer failed/);
    expect(await store.corpus()).toEqual(before.corpus);
    expect(await store.changeCount()).toBe(before.change);
    expect(await tables(store)).toEqual(before.tables);
    // and the store takes the next article as usual, its events in the row ids given back
    const other = articleWithId('x3');
    other.events = other.events.map((e) => ({
      ...e,
      series: null,
      ordinal: null,
      date: { iso: '2020-01-02', text: '2 January 2020', year: 'stated' },
    }));
    await store.putArticle(other);
    expect((await store.articles()).map((a) => a.id)).toEqual(['x1', 'x3']);
    const { mergeCorpus } = await import('../../src/index.js');
    expect(await store.corpus()).toEqual(mergeCorpus([articleWithId('x1'), other]));
    await store.close();
  });

  it('are filled from the stored corpus when new, and rebuilt when their version changes', async () => {
    const plain = await openStore(join(root, 'k.db'));
    for (const id of ['x1', 'x2']) await store(plain, id);
    await plain.close();
    const first = testIndexer(1);
    const withIndexer = await openStore(join(root, 'k.db'), { indexers: [first] });
    const meetings = (await withIndexer.meetings()).map((m) => m.id).sort();
    expect(await tables(withIndexer)).toEqual({ meetings, articles: ['x1', 'x2'] });
    await withIndexer.close();
    // same version: not replayed; a new version: cleared and replayed
    const same = testIndexer(1);
    await (await openStore(join(root, 'k.db'), { indexers: [same] })).close();
    expect(same.calls).toBe(0);
    const bumped = testIndexer(2);
    const rebuilt = await openStore(join(root, 'k.db'), { indexers: [bumped] });
    expect(bumped.calls).toBe(2);
    expect(await tables(rebuilt)).toEqual({ meetings, articles: ['x1', 'x2'] });
    await rebuilt.close();
  });
});

const store = (s: CorpusStore, id: string) => s.putArticle(articleWithId(id));
