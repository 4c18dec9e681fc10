import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedStoreArticles, leftovers, readArticles } from './support/corpus-checks.js';
import { runIngest, startIngest } from './support/ingest-process.js';
import { distinctArticle, random } from './support/inputs.js';

const FILES = Number(process.env.KIZUNA_CRASH_FILES ?? 40);
const MAX_BYTES = 100_000;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// bad files between the good ones, so kills land on the rejection path too; the large ones keep
// each rejection long enough to be cut
const BAD: readonly ((i: number) => Buffer)[] = [
  () => Buffer.alloc(0),
  (i) => Buffer.from([0x50, 0x4b, 3, 4, 0, 0, i & 0xff, 0]),
  (i) => Buffer.alloc(MAX_BYTES * 5 + i, 'x'),
];

let data: string | undefined;
afterAll(async () => {
  if (data) await rm(data, { recursive: true, force: true });
});

/** Entries of the folder: finished work (articles and rejected files) counts toward a kill point. */
const done = async (dir: string) =>
  (await readdir(join(dir, 'articles')).catch(() => [])).length +
  (await readdir(join(dir, 'rejected')).catch(() => [])).filter((n) => !n.endsWith('.error.txt')).length;

/** Every file in rejected/ has its reason beside it, at every moment. */
async function rejectedHaveReasons(dir: string): Promise<string[]> {
  const names = await readdir(join(dir, 'rejected'));
  return names.filter((n) => !n.endsWith('.error.txt') && !/\.tmp$/.test(n) && !names.includes(`${n}.error.txt`));
}

describe('ingest killed again and again in the middle of a batch with bad files, then run again', () => {
  it('ends with every article once, every bad file rejected once with its reason, nothing left over', async () => {
    data = await mkdtemp(join(tmpdir(), 'kizuna-crash-'));
    const inbox = join(data, 'inbox');
    await mkdir(inbox, { recursive: true });
    const expected = new Set<string>();
    const bad = new Map<string, Buffer>();
    for (let i = 0; i < FILES; i++) {
      const bytes = distinctArticle(i);
      expected.add(sha256(bytes));
      await writeFile(join(inbox, `article-${String(i).padStart(4, '0')}.txt`), bytes);
      if (i % 3 === 0)
        bad.set(`article-${String(i).padStart(4, '0')}-bad.txt`, BAD[(i / 3) % BAD.length]?.(i) as Buffer);
    }
    for (const [name, bytes] of bad) await writeFile(join(inbox, name), bytes);

    const rng = random(20261204);
    const total = FILES + bad.size;
    for (const signal of ['SIGKILL', 'SIGKILL', 'SIGINT', 'SIGKILL', 'SIGKILL'] as const) {
      const run = startIngest(['--data', data, '--max-bytes', String(MAX_BYTES)], data);
      let ended = false;
      void run.done.then(() => {
        ended = true;
      });
      const target = (await done(data)) + 2 + rng.int(6);
      for (let i = 0; i < 3000 && !ended && (await done(data)) < target; i++)
        await new Promise((r) => setTimeout(r, 20));
      // a random moment inside the file after the target
      await new Promise((r) => setTimeout(r, rng.int(60)));
      run.child.kill(signal);
      const end = await run.done;
      if (signal === 'SIGINT' && !ended) expect(end.code).toBe(130);
      expect(await rejectedHaveReasons(data)).toEqual([]);
      if ((await done(data)) >= total) break;
    }

    const rerun = await runIngest(['--data', data, '--max-bytes', String(MAX_BYTES)], data);
    expect(rerun.stderr).not.toMatch(/^ingest: /m);
    expect([0, 1]).toContain(rerun.code);

    const articles = await readArticles(data);
    expect(articles).toHaveLength(FILES);
    expect(new Set(articles.map((a) => a.source.sha256))).toEqual(expected);
    // the store holds each exactly once, its meetings and people those of a full merge
    const stored = await checkedStoreArticles(data);
    expect(stored).toHaveLength(FILES);
    expect(new Set(stored.map((a) => a.source.sha256))).toEqual(expected);
    expect(await readdir(inbox)).toEqual([]);
    expect(await leftovers(data)).toEqual([]);
    expect((await readdir(join(data, 'raw'))).length).toBe(FILES);
    // each bad file once, under its own name, with its bytes and a reason
    const rejected = (await readdir(join(data, 'rejected'))).sort();
    expect(rejected).toEqual([...bad.keys()].flatMap((n) => [n, `${n}.error.txt`]).sort());
    for (const [name, bytes] of bad)
      expect((await readFile(join(data, 'rejected', name))).equals(bytes), name).toBe(true);
  }, 900_000);
});
