import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leftovers, readArticles } from './support/corpus-checks.js';
import { runIngest, startIngest } from './support/ingest-process.js';
import { distinctArticle } from './support/inputs.js';

const FILES = Number(process.env.KIZUNA_CRASH_FILES ?? 60);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let data: string | undefined;
afterAll(async () => {
  if (data) await rm(data, { recursive: true, force: true });
});

/** Resolves once the folder holds at least `count` article files, or the process has ended. */
async function articlesReach(dir: string, count: number, ended: () => boolean): Promise<number> {
  // bounded: at most ~10 minutes of polling
  for (let i = 0; i < 6000; i++) {
    const n = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.json')).length;
    if (n >= count || ended()) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
  return -1;
}

describe('ingest killed with SIGKILL in the middle of a batch, then run again', () => {
  it('ends with every article exactly once, valid JSON only, no temporary file and an empty inbox', async () => {
    data = await mkdtemp(join(tmpdir(), 'kizuna-crash-'));
    const inbox = join(data, 'inbox');
    await mkdir(inbox, { recursive: true });
    const expected = new Set<string>();
    for (let i = 0; i < FILES; i++) {
      const bytes = distinctArticle(i);
      expected.add(sha256(bytes));
      await writeFile(join(inbox, `article-${String(i).padStart(4, '0')}.txt`), bytes);
    }

    const first = startIngest(['--data', data], data);
    let ended = false;
    void first.done.then(() => {
      ended = true;
    });
    const reached = await articlesReach(join(data, 'articles'), Math.ceil(FILES / 4), () => ended);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    // the kill must land mid-batch, or this test proves nothing
    expect(killed.signal).toBe('SIGKILL');
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(FILES);

    const rerun = await runIngest(['--data', data], data);
    expect(rerun.stderr).not.toMatch(/^ingest: /m);
    expect(rerun.code).toBe(0);

    const articles = await readArticles(data);
    expect(articles).toHaveLength(FILES);
    expect(new Set(articles.map((a) => a.source.sha256))).toEqual(expected);
    expect(new Set(articles.map((a) => a.id)).size).toBe(FILES);
    expect(await readdir(inbox)).toEqual([]);
    expect(await leftovers(data)).toEqual([]);
    expect(await readdir(join(data, 'rejected'))).toEqual([]);
    expect((await readdir(join(data, 'raw'))).length).toBe(FILES);
  }, 900_000);
});
