import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles, loadCorpus, ModelError } from '../src/index.js';
import { validArticle } from './fixtures.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kizuna-model-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = async (path: string, value: unknown) => {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), typeof value === 'string' ? value : JSON.stringify(value));
};

describe('loadCorpus', () => {
  it('reads every article under the folders, nested ones too, and merges them', async () => {
    const a = validArticle();
    await write('one/a.json', a);
    await write('two/nested/b.json', {
      ...a,
      id: 'b2',
      people: [],
      facts: [],
      events: [],
      sentences: a.sentences.map((s) => ({ ...s, id: s.id.replace(a.id, 'b2') })),
    });
    await write('two/readme.txt', 'not an article');
    const corpus = await loadCorpus([join(root, 'one'), join(root, 'two')]);
    expect(corpus.articles.map((x) => x.id)).toEqual(['a1b2c3d4e5f6', 'b2']);
    expect(corpus.events).toHaveLength(1);
    expect(corpus.people.map((p) => p.key)).toEqual(['hiroyuki-namazu']);
  });

  it('treats a missing folder as empty', async () => {
    expect((await loadCorpus([join(root, 'nowhere')])).articles).toEqual([]);
  });

  it('counts an article present in two folders once', async () => {
    await write('one/a.json', validArticle());
    await write('two/a-again.json', validArticle());
    expect(await loadArticles([join(root, 'one'), join(root, 'two')])).toHaveLength(1);
  });

  it('reports every bad file at once, by name', async () => {
    await write('good.json', validArticle());
    await write('broken.json', '{ not json');
    await write('wrong.json', { ...validArticle(), language: 7 });
    const error = await loadCorpus([root]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    const e = error as ModelError;
    expect(e.code).toBe('INVALID_CORPUS');
    expect(e.failures.map((f) => f.file.replace(`${root}/`, ''))).toEqual(['broken.json', 'wrong.json']);
    expect(e.message).toContain('2 invalid article file(s)');
    expect(e.message).toContain('broken.json: not JSON');
    expect(e.message).toMatch(/wrong\.json: not a valid article[\s\S]*language/);
  });
});
