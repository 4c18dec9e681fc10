import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDataStore } from '@kizuna/model';
import { searchIndexer } from '@kizuna/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import { compareEngines, queryLines } from '../../src/terminal/compare-engines.js';
import { buildArticle } from '../support/article-builder.js';
import { fixtureArticles } from '../support/fixture-corpus.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every query line of the repository's query files, and of the shared dev ones when present. */
function allQueryLines(): string[] {
  const dirs = [join(root, 'eval/gold'), join(root, '../shared/eval/dev')].filter((d) => existsSync(d));
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.startsWith('queries') && f.endsWith('.json'))
      .map((f) => join(d, f)),
  );
  return files.flatMap((f) => queryLines(JSON.parse(readFileSync(f, 'utf8'))));
}

const EXTRA = [
  '/meeting 2+2',
  '/meeting dialogue Inde',
  '/person Lê Văn An',
  '/search déminage',
  '/search sauvetage en mer',
  '/timeline',
  '/timeline country:IN',
  '/source fr-dialogue-2plus2',
  '/about',
];

describe('the store-backed engine', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-store-engine-'));
    mkdirSync(join(dir, 'articles'));
    for (const a of fixtureArticles()) writeFileSync(join(dir, 'articles', `${a.id}.json`), JSON.stringify(a));
    // a first ingest makes the store from the bundled corpus and the folder
    await (await openDataStore(dir, { indexers: [searchIndexer] })).close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every query line and completes every word as the in-memory engine does, in both languages', async () => {
    const memory = await openEngine({ dataDir: dir, store: false, snapshot: false });
    const store = await openEngine({ dataDir: dir });
    const lines = [...allQueryLines(), ...EXTRA];
    expect(lines.length).toBeGreaterThan(40);
    expect(store.current().corpus.articles[0]?.body).toBe('');
    expect(await compareEngines(memory.current(), store.current(), lines)).toEqual([]);
    // autocomplete: every word of every line, typed in part and whole
    const limits = { count: 25, length: 100 };
    const typed = [...new Set(lines.flatMap((l) => l.split(/\s+/).slice(1)))].flatMap((w) => [w.slice(0, 3), w]);
    for (const t of ['', ...typed]) {
      const [m, s] = [memory.current(), store.current()];
      expect(s.completeMeetings(t, limits)).toEqual(m.completeMeetings(t, limits));
      expect(s.completePeople(t, limits)).toEqual(m.completePeople(t, limits));
      expect(s.completeArticles(t, limits)).toEqual(m.completeArticles(t, limits));
    }
    expect({ ...store.current().stats(), lastChanged: null }).toEqual({
      ...memory.current().stats(),
      lastChanged: null,
    });
    await memory.close();
    await store.close();
  }, 60_000);

  it('answers a new article within a second of its write, found through the change counter', async () => {
    const store = await openEngine({ dataDir: dir, watch: true });
    expect(store.current().search('zorglub')).toEqual([]);
    const writer = await openDataStore(dir, { indexers: [searchIndexer] });
    const fresh = buildArticle({
      id: 'fr-new-zorglub',
      title: 'Le dialogue Zorglub',
      paragraphs: [['Le 3 mai, à Hanoï, le dialogue Zorglub a réuni les deux ministres.']],
      people: [],
      events: [],
    });
    await writer.putArticle(fresh);
    const t0 = Date.now();
    const found = () => store.current().search('zorglub')[0]?.quote.source.articleId;
    while (Date.now() - t0 < 1000 && !found()) await new Promise((r) => setTimeout(r, 20));
    expect(found()).toBe('fr-new-zorglub');
    expect(store.current().article('fr-new-zorglub')?.id).toBe('fr-new-zorglub');
    expect(Date.now() - t0).toBeLessThan(1000);
    await writer.close();
    await store.close();
  });
});
