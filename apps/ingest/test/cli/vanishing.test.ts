import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_EN } from './fixtures.js';
import { runCli, startCli } from './run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kizuna-vanish-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingest when files or folders are not what they were', () => {
  it('waits for a file written moments ago instead of taking it, and reports it in one line when it is removed meanwhile', async () => {
    const inbox = join(dir, 'data', 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(join(inbox, 'fresh.txt'), ARTICLE_EN);
    // a quiet period far longer than the run's start: the file is still "moments ago" when it is seen
    const child = startCli(['--data', join(dir, 'data')], dir, { KIZUNA_SETTLE_MS: '120000' });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    let ended = false;
    void exited.then(() => {
      ended = true;
    });
    for (let i = 0; i < 600 && !ended && !out.includes('waiting'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(/^waiting +fresh\.txt: changed moments ago/m);
    await rm(join(inbox, 'fresh.txt'));
    expect(await exited).toBe(0);
    expect(out).toMatch(/^skipped +fresh\.txt: it was removed before it could be read$/m);
    expect(err).not.toMatch(/\n {4}at /);
    expect(await readdir(join(dir, 'data', 'articles'))).toEqual([]);
  }, 180_000);

  it('says in one line, without a stack trace, that the data folder cannot be made', async () => {
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const r = await runCli(['--data', 'not-a-folder/data'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^ingest: ENOTDIR: not a directory, mkdir /)]);
  }, 60_000);
});
