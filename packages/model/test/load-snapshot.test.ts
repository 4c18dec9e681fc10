import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Article, bundledCorpusDir, loadArticles, loadCorpus, ModelError } from '../src/index.js';
import { validArticle } from './fixtures.js';

let root: string;
let snapshot: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kizuna-snapshot-'));
  snapshot = join(root, 'cache', 'articles.snapshot');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = async (path: string, value: unknown) => {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
};
const articleWithId = (id: string): Article =>
  JSON.parse(JSON.stringify(validArticle()).replaceAll('a1b2c3d4e5f6', id)) as Article;
const dirs = () => [bundledCorpusDir, join(root, 'articles')];

describe('loadArticles with a snapshot', () => {
  it('gives the same articles as reading every file, on the first load and the next', async () => {
    await write('articles/x1.json', articleWithId('x1'));
    await write('articles/x2.json', articleWithId('x2'));
    const plain = await loadArticles(dirs());
    const first = await loadArticles(dirs(), { snapshot });
    expect((await stat(snapshot)).size).toBeGreaterThan(0);
    const second = await loadArticles(dirs(), { snapshot });
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    // key order too: what a user prints is the same
    expect(JSON.stringify(second)).toBe(JSON.stringify(plain));
    for (const a of second) for (const s of a.sentences) expect(s.text).toBe(a.body.slice(s.start, s.end));
  });

  it('takes unchanged files from the snapshot: same size, mtime and inode are trusted', async () => {
    const path = join(root, 'articles/x1.json');
    // a whole second: file systems keep it exactly
    const when = new Date('2025-01-01T00:00:00Z');
    await write('articles/x1.json', articleWithId('x1'));
    await utimes(path, when, when);
    await loadArticles(dirs(), { snapshot });
    // the same bytes count with one letter changed, written in place, the old mtime put back
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"language": "fr"', '"language": "xx"'));
    await utimes(path, when, when);
    const cached = await loadArticles(dirs(), { snapshot });
    expect(cached.find((a) => a.id === 'x1')?.language).toBe('fr');
    // without the snapshot the file is read again
    expect((await loadArticles(dirs())).find((a) => a.id === 'x1')?.language).toBe('xx');
  });

  it('reads changed, added and removed files again and rewrites the snapshot', async () => {
    await write('articles/x1.json', articleWithId('x1'));
    await write('articles/x2.json', articleWithId('x2'));
    await loadArticles(dirs(), { snapshot });
    await write('articles/x1.json', { ...articleWithId('x1'), title: 'Un autre titre' });
    await rm(join(root, 'articles/x2.json'));
    await write('articles/x3.json', articleWithId('x3'));
    const next = await loadArticles(dirs(), { snapshot });
    expect(next).toEqual(await loadArticles(dirs()));
    expect(next.find((a) => a.id === 'x1')?.title).toBe('Un autre titre');
    expect(next.map((a) => a.id)).toContain('x3');
    expect(next.map((a) => a.id)).not.toContain('x2');
    expect(await loadArticles(dirs(), { snapshot })).toEqual(next);
  });

  it('still reports an invalid file, and keeps the last snapshot', async () => {
    await write('articles/x1.json', articleWithId('x1'));
    await loadArticles(dirs(), { snapshot });
    const kept = await readFile(snapshot);
    await write('articles/bad.json', { ...articleWithId('x9'), language: 7 });
    const error = await loadArticles(dirs(), { snapshot }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).failures.map((f) => f.file)).toEqual([join(root, 'articles/bad.json')]);
    expect(await readFile(snapshot)).toEqual(kept);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['not JSON', () => 'garbage\nmore garbage\n'],
    ['with a line missing', (text: string) => text.split('\n').toSpliced(1, 1).join('\n')],
    ['of another format', (text: string) => text.replace(/"format":\d+/, '"format":999')],
    ['empty', () => ''],
  ])('ignores a snapshot %s and reads the files', async (_, spoil) => {
    await write('articles/x1.json', articleWithId('x1'));
    await loadArticles(dirs(), { snapshot });
    // every body marked: a spoiled snapshot still trusted would show the marks
    const marked = (await readFile(snapshot, 'utf8')).replaceAll('"body":"', '"body":"MARK ');
    await writeFile(snapshot, spoil(marked));
    const loaded = await loadArticles(dirs(), { snapshot });
    expect(loaded.filter((a) => a.body.startsWith('MARK')).map((a) => a.id)).toEqual([]);
    expect(loaded).toEqual(await loadArticles(dirs()));
  });

  it('loads even when the snapshot cannot be written, and says why', async () => {
    await write('articles/x1.json', articleWithId('x1'));
    await mkdir(snapshot, { recursive: true });
    const errors: unknown[] = [];
    const articles = await loadArticles(dirs(), { snapshot, onSnapshotError: (e) => errors.push(e) });
    expect(articles.map((a) => a.id)).toContain('x1');
    expect(errors).toHaveLength(1);
  });
});

describe('loadCorpus with a snapshot', () => {
  it('gives the corpus a plain load gives, and keeps the merge beside the snapshot', async () => {
    await write('articles/x1.json', articleWithId('x1'));
    const plain = await loadCorpus(dirs());
    const first = await loadCorpus(dirs(), { snapshot });
    expect((await stat(`${snapshot}.merged`)).size).toBeGreaterThan(0);
    const second = await loadCorpus(dirs(), { snapshot });
    expect(JSON.stringify(first)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(second)).toBe(JSON.stringify(plain));
  });

  it('reuses the kept merge while no file changes, and merges again when one does', async () => {
    await write('articles/x1.json', articleWithId('x1'));
    const first = await loadCorpus(dirs(), { snapshot });
    const name = first.events[0]?.name ?? '';
    // mark the kept merge: a start on unchanged files shows the mark, so it did not merge again
    const kept = await readFile(`${snapshot}.merged`, 'utf8');
    await writeFile(`${snapshot}.merged`, kept.replace(JSON.stringify(name), JSON.stringify(`${name} (kept)`)));
    expect((await loadCorpus(dirs(), { snapshot })).events[0]?.name).toBe(`${name} (kept)`);
    await write('articles/x2.json', articleWithId('x2'));
    const next = await loadCorpus(dirs(), { snapshot });
    expect(next.events.map((e) => e.name)).not.toContain(`${name} (kept)`);
    expect(JSON.stringify(next)).toBe(JSON.stringify(await loadCorpus(dirs())));
  });

  it('ignores a damaged merge file', async () => {
    await write('articles/x1.json', articleWithId('x1'));
    await loadCorpus(dirs(), { snapshot });
    await writeFile(`${snapshot}.merged`, 'garbage');
    expect(JSON.stringify(await loadCorpus(dirs(), { snapshot }))).toBe(JSON.stringify(await loadCorpus(dirs())));
  });
});
