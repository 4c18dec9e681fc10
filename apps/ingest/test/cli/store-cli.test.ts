import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Corpus, openDataStore } from '@kizuna/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseArticle } from '../../src/corpus/serialise.js';
import { checkedStoreArticles } from '../reliability/support/corpus-checks.js';
import { distinctArticle } from '../reliability/support/inputs.js';
import { ARTICLE_EN, ARTICLE_FR } from './fixtures.js';
import { runCli } from './run-cli.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kizuna-store-cli-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The corpus of a data folder as `--export json` writes it to stdout. */
async function exported(data: string): Promise<Corpus> {
  const out = await runCli(['--data', data, '--export', 'json'], root);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as Corpus;
}

describe('ingest into the corpus store', () => {
  it('stores each article once: a second run of the same files changes nothing, a copy is a duplicate', async () => {
    const data = join(root, 'twice');
    const texts = join(root, 'texts');
    await mkdir(texts, { recursive: true });
    await writeFile(join(texts, 'fr.txt'), ARTICLE_FR);
    await writeFile(join(texts, 'en.txt'), ARTICLE_EN);
    for (let i = 0; i < 4; i++) await writeFile(join(texts, `d${i}.txt`), distinctArticle(i));
    const first = await runCli(['--data', data, texts], root);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/in .*kizuna\.db/);
    const before = await exported(data);
    const second = await runCli(['--data', data, texts], root);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/6 duplicates/);
    expect(await exported(data)).toEqual(before);
    // the same text under another name and with other spacing
    await writeFile(join(root, 'copy.txt'), ARTICLE_FR.replaceAll(' ', '  '));
    const copy = await runCli(['--data', data, join(root, 'copy.txt')], root);
    expect(copy.stdout).toMatch(/1 duplicate/);
    expect((await exported(data)).articles).toHaveLength(before.articles.length);
    expect(await checkedStoreArticles(data)).toHaveLength(6);
  }, 120_000);

  it('exports JSON and NDJSON to a file', async () => {
    const data = join(root, 'export');
    await mkdir(join(data, 'inbox'), { recursive: true });
    await writeFile(join(data, 'inbox', 'fr.txt'), ARTICLE_FR);
    expect((await runCli(['--data', data], root)).code).toBe(0);
    const json = await runCli(['--data', data, '--export', 'json', 'out.json'], root);
    expect(json.code, json.stderr).toBe(0);
    const corpus = JSON.parse(await readFile(join(root, 'out.json'), 'utf8')) as Corpus;
    const nd = await runCli(['--data', data, '--export', 'ndjson', 'out.ndjson'], root);
    expect(nd.code, nd.stderr).toBe(0);
    const records = (await readFile(join(root, 'out.ndjson'), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; value: unknown });
    expect(records.filter((r) => r.type === 'article').map((r) => r.value)).toEqual(corpus.articles);
    expect(records.filter((r) => r.type === 'meeting').map((r) => r.value)).toEqual(corpus.events);
    expect(records.filter((r) => r.type === 'person').map((r) => r.value)).toEqual(corpus.people);
    const bad = await runCli(['--data', data, '--export', 'xml'], root);
    expect(bad.code).toBe(2);
  }, 120_000);

  it('imports the articles/*.json of a data folder from before the store on first open', async () => {
    const old = join(root, 'old');
    const made = join(root, 'made');
    await writeFile(join(root, 'one.txt'), ARTICLE_EN);
    expect((await runCli(['--data', made, join(root, 'one.txt')], root)).code).toBe(0);
    const store = await openDataStore(made, { readonly: true });
    const [article] = (await store.articles()).filter((a) => a.source.file === 'one.txt');
    await store.close();
    if (!article) throw new Error('not stored');
    await mkdir(join(old, 'articles'), { recursive: true });
    await writeFile(join(old, 'articles', `${article.id}.json`), serialiseArticle(article));
    const listed = await exported(old);
    expect(listed.articles.map((a) => a.id)).toContain(article.id);
    const again = await runCli(['--data', old, join(root, 'one.txt')], root);
    expect(again.stdout).toMatch(/1 duplicate/);
  }, 120_000);
});
