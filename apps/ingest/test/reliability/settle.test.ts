import { createHash } from 'node:crypto';
import { appendFile, lstat, mkdir, mkdtemp, open, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from './support/corpus-checks.js';
import { type Finished, startIngest } from './support/ingest-process.js';
import { distinctArticle } from './support/inputs.js';

// the quiet period of this run; the writers below pause longer than it while holding the file open,
// and shorter than it between reopening appends
const SETTLE_MS = 800;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** `bytes` cut into `n` nearly equal chunks. */
const chunks = (bytes: Buffer, n: number) =>
  Array.from({ length: n }, (_, i) =>
    bytes.subarray(Math.floor((i * bytes.length) / n), Math.floor(((i + 1) * bytes.length) / n)),
  );

let dir: string;
let data: string;
let finished: Finished;
const held = distinctArticle(1);
const reopened = distinctArticle(2);

async function until(ok: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 600 && !(await ok()); i++) await sleep(100);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kizuna-settle-'));
  data = join(dir, 'data');
  const inbox = join(data, 'inbox');
  await mkdir(inbox, { recursive: true });
  await writeFile(join(dir, 'outside.txt'), distinctArticle(3));
  const run = startIngest(['--data', data, '--watch'], dir, { KIZUNA_SETTLE_MS: String(SETTLE_MS) });
  let out = '';
  run.child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  await until(() => out.includes('watching'));
  // a link to a file outside the inbox, dropped while watching
  await symlink(join(dir, 'outside.txt'), join(inbox, 'link.txt'));
  // one writer keeps the file open and flushes five chunks, pausing longer than the quiet period
  const writeHeld = (async () => {
    const handle = await open(join(inbox, 'held.txt'), 'w');
    for (const c of chunks(held, 5)) {
      await handle.write(c);
      await handle.sync();
      await sleep(SETTLE_MS + 400);
    }
    await handle.close();
  })();
  // another reopens the file for each append, pausing less than the quiet period
  const writeReopened = (async () => {
    for (const c of chunks(reopened, 3)) {
      await appendFile(join(inbox, 'reopened.txt'), c);
      await sleep(SETTLE_MS / 2);
    }
  })();
  await Promise.all([writeHeld, writeReopened]);
  await until(async () => (await readdir(inbox)).length === 0);
  await sleep(SETTLE_MS);
  run.child.kill('SIGTERM');
  finished = await run.done;
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingest --watch takes a file only once its writer is done', () => {
  it('stores each article whole, once, from its complete bytes', async () => {
    const articles = await readArticles(data);
    expect(articles.map((a) => a.source.sha256).sort()).toEqual([sha256(held), sha256(reopened)].sort());
    expect(await readdir(join(data, 'inbox'))).toEqual([]);
    // stopped by SIGTERM as --watch is, exit 1: the link was rejected
    expect(finished.signal).toBeNull();
    expect(finished.code, finished.stdout + finished.stderr).toBe(1);
  });

  it('rejects a link dropped into the inbox instead of following it, and leaves its target alone', async () => {
    expect((await lstat(join(data, 'rejected', 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(data, 'rejected', 'link.txt.error.txt'), 'utf8')).toMatch(/symbolic link/);
    expect(await readFile(join(dir, 'outside.txt'))).toEqual(distinctArticle(3));
    expect(finished.stdout).not.toMatch(/ingested +link\.txt/);
  });
});
