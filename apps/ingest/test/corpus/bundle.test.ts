import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCorpusDir, loadCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { bundleCorpus } from '../../src/corpus/bundle.js';

const modelData = fileURLToPath(new URL('../../../../packages/model/data/', import.meta.url));

describe('the bundled corpus', () => {
  it('regenerates byte for byte from the seed copies it keeps (run `pnpm corpus:bundle` after pipeline changes)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kizuna-bundle-'));
    try {
      const { written } = await bundleCorpus(join(modelData, 'seeds'), out);
      expect(written).toHaveLength(5);
      const names = (await readdir(join(out, 'articles'))).sort();
      expect((await readdir(join(modelData, 'articles'))).sort()).toEqual(names);
      for (const name of names) {
        const fresh = await readFile(join(out, 'articles', name), 'utf8');
        const bundled = await readFile(join(modelData, 'articles', name), 'utf8');
        expect(fresh, `${name} differs: run pnpm corpus:bundle`).toBe(bundled);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('loads as a valid corpus of the five seed articles', async () => {
    const corpus = await loadCorpus([bundledCorpusDir]);
    expect(corpus.articles.map((a) => a.source.file).sort()).toEqual([
      '000_4a886cb45c80c318.txt',
      '001_1a36f3d7e3360e3f.txt',
      '002_1172300eeb66c489.txt',
      '003_b7e8500126670014.txt',
      '004_1507d8c81ff768e7.txt',
    ]);
  });
});
