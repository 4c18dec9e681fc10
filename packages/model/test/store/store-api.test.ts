import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Article,
  bundledCorpusDir,
  type CorpusStore,
  loadArticles,
  mergeCorpus,
  openDataStore,
  openStore,
  StoreError,
} from '../../src/index.js';
import { validArticle } from '../fixtures.js';

let root: string;
const open: CorpusStore[] = [];
const track = (s: CorpusStore) => {
  open.push(s);
  return s;
};
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kizuna-store-'));
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  await rm(root, { recursive: true, force: true });
});

const articleWithId = (id: string): Article =>
  JSON.parse(JSON.stringify(validArticle()).replaceAll('a1b2c3d4e5f6', id)) as Article;

describe('the corpus store', () => {
  it('stores an article and gives it back, with the merged meetings and people of a full merge', async () => {
    const store = track(await openStore(join(root, 'k.db')));
    const a = articleWithId('x1');
    await store.putArticle(a);
    expect(await store.article('x1')).toEqual(a);
    expect(await store.hasArticle('x1')).toBe(true);
    expect(await store.article('nope')).toBeNull();
    const full = mergeCorpus([a]);
    expect(await store.corpus()).toEqual(full);
    const first = full.events[0];
    if (first) expect(await store.meeting(first.id)).toEqual(first);
    const p = full.people[0];
    if (p) expect(await store.person(p.key)).toEqual(p);
  });

  it('refuses a duplicate with a DUPLICATE StoreError and stays as it was', async () => {
    const store = track(await openStore(join(root, 'k.db')));
    await store.putArticle(articleWithId('x1'));
    const before = await store.changeCount();
    const error = await store.putArticle(articleWithId('x1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('DUPLICATE');
    expect(await store.changeCount()).toBe(before);
    expect(await store.articleCount()).toBe(1);
  });

  it("refuses an article reusing another article's event id: a meeting id names one meeting", async () => {
    const store = track(await openStore(join(root, 'k.db')));
    await store.putArticle(articleWithId('x1'));
    const copy = articleWithId('x2');
    copy.events = copy.events.map((e) => ({ ...e, id: e.id.replace('x2', 'x1') }));
    copy.facts = copy.facts.map((f) => ({ ...f, about: f.about.replace('x2', 'x1') }));
    await expect(store.putArticle(copy)).rejects.toMatchObject({ code: 'INVALID_ARTICLE' });
    expect(await store.articleCount()).toBe(1);
    expect(await store.meetings()).toEqual(mergeCorpus([articleWithId('x1')]).events);
  });

  it('refuses an invalid article', async () => {
    const store = track(await openStore(join(root, 'k.db')));
    const bad = { ...articleWithId('x1'), language: 'French' };
    await expect(store.putArticle(bad)).rejects.toMatchObject({ code: 'INVALID_ARTICLE' });
    expect(await store.articleCount()).toBe(0);
  });

  it('tells what changed since a change number', async () => {
    const store = track(await openStore(join(root, 'k.db')));
    expect(await store.changeCount()).toBe(0);
    await store.putArticle(articleWithId('x1'));
    const n = await store.changeCount();
    await store.putArticle(articleWithId('x2'));
    const changes = await store.changesSince(n);
    expect(changes.articles).toEqual(['x2']);
    expect(changes.to).toBe(await store.changeCount());
    expect(changes.people.length).toBeGreaterThan(0);
  });

  it('fills a new data folder store with the bundled seed corpus and the old articles/ files, once', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(join(root, 'articles'));
    await writeFile(join(root, 'articles', 'x9.json'), JSON.stringify(articleWithId('x9')));
    const store = track(await openDataStore(root));
    const seeds = await loadArticles([bundledCorpusDir]);
    expect(await store.articleCount()).toBe(seeds.length + 1);
    expect(await store.corpus()).toEqual(mergeCorpus([...seeds, articleWithId('x9')]));
    await store.close();
    const again = track(await openDataStore(root, { readonly: true }));
    expect(await again.articleCount()).toBe(seeds.length + 1);
    await expect(again.putArticle(articleWithId('x8'))).rejects.toMatchObject({ code: 'READONLY' });
  });

  it('derives meetings and people again when another version of the merging code derived them', async () => {
    const path = join(root, 'k.db');
    const store = await openStore(path);
    const articles = ['x1', 'x2'].map(articleWithId);
    for (const a of articles) await store.putArticle(a);
    // as another merging code would have left it: other meetings, under another code digest
    await store.sql((db) => {
      db.exec("DELETE FROM meeting; DELETE FROM participant; UPDATE meta SET value = 'older' WHERE key = 'merge_code'");
    });
    const change = await store.changeCount();
    await store.close();
    const again = track(await openStore(path));
    expect(await again.corpus()).toEqual(mergeCorpus(articles));
    const changes = await again.changesSince(change);
    expect(changes.articles).toEqual([]);
    expect(changes.meetings.sort()).toEqual(
      mergeCorpus(articles)
        .events.map((e) => e.id)
        .sort(),
    );
    await again.putArticle(articleWithId('x3'));
    expect(await again.corpus()).toEqual(mergeCorpus([...articles, articleWithId('x3')]));
  });

  it('lets a read-only process follow a writer through changesSince, without reopening', async () => {
    const path = join(root, 'k.db');
    const writer = track(await openStore(path));
    await writer.putArticle(articleWithId('x1'));
    const reader = track(await openStore(path, { readonly: true }));
    const seen = await reader.changeCount();
    await writer.putArticle(articleWithId('x2'));
    const changes = await reader.changesSince(seen);
    expect(changes.articles).toEqual(['x2']);
    for (const id of changes.meetings) expect(await reader.meeting(id)).toEqual(await writer.meeting(id));
    for (const id of changes.removedMeetings) expect(await reader.meeting(id)).toBeNull();
    expect(await reader.corpus()).toEqual(await writer.corpus());
    expect((await reader.changesSince(changes.to)).articles).toEqual([]);
  });

  it('upgrades an older store on a writable open, keeping its articles; refuses it read-only', async () => {
    const path = join(root, 'k.db');
    const store = await openStore(path);
    const articles = ['x1', 'x2', 'x3'].map(articleWithId);
    for (const a of articles) await store.putArticle(a);
    // as an older format would have it: another version, a table laid out otherwise
    await store.sql((db) => {
      db.exec("UPDATE meta SET value = '1' WHERE key = 'schema'; DROP TABLE participant; CREATE TABLE participant (x)");
    });
    await store.close();
    await expect(openStore(path, { readonly: true })).rejects.toMatchObject({ code: 'INCOMPATIBLE' });
    const upgraded = track(await openStore(path));
    expect(await upgraded.corpus()).toEqual(mergeCorpus(articles));
    await upgraded.putArticle(articleWithId('x4'));
    expect(await upgraded.corpus()).toEqual(mergeCorpus([...articles, articleWithId('x4')]));
    await upgraded.sql((db) => db.exec("UPDATE meta SET value = '99' WHERE key = 'schema'"));
    await expect(openStore(path)).rejects.toMatchObject({ code: 'INCOMPATIBLE' });
  });

  it('refuses to open a missing store read-only', async () => {
    await expect(openStore(join(root, 'none.db'), { readonly: true })).rejects.toMatchObject({ code: 'MISSING' });
  });

  it('exports JSON that parses to the corpus, and NDJSON with one record a line', async () => {
    const store = track(await openStore(join(root, 'k.db')));
    await store.putArticle(articleWithId('x1'));
    await store.putArticle(articleWithId('x2'));
    await store.exportTo(join(root, 'out.json'), 'json');
    expect(JSON.parse(await readFile(join(root, 'out.json'), 'utf8'))).toEqual(await store.corpus());
    await store.exportTo(join(root, 'out.ndjson'), 'ndjson');
    const lines = (await readFile(join(root, 'out.ndjson'), 'utf8')).trimEnd().split('\n');
    const corpus = await store.corpus();
    expect(lines.length).toBe(corpus.articles.length + corpus.events.length + corpus.people.length);
    expect(JSON.parse(lines[0] as string)).toEqual({ type: 'article', value: corpus.articles[0] });
  });
});
