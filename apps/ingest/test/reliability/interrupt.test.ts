import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leftovers, readArticles } from './support/corpus-checks.js';
import { runIngest, startIngest } from './support/ingest-process.js';
import { distinctArticle } from './support/inputs.js';
import { articlesReach } from './support/wait-articles.js';

const FILES = 40;
let data: string | undefined;
afterAll(async () => {
  if (data) await rm(data, { recursive: true, force: true });
});

/** Starts a batch, sends `signal` once `after` more articles are stored, and returns how it ended. */
async function interrupt(dir: string, signal: NodeJS.Signals, after: number) {
  const before = (await readdir(join(dir, 'articles')).catch(() => [])).length;
  const run = startIngest(['--data', dir], dir);
  let ended = false;
  void run.done.then(() => {
    ended = true;
  });
  const reached = await articlesReach(join(dir, 'articles'), before + after, () => ended);
  run.child.kill(signal);
  return { reached, ...(await run.done) };
}

describe('ingest batch stopped by SIGINT or SIGTERM', () => {
  it('stops after the current file, leaves a consistent folder, exits 130 / 143, and a rerun finishes', async () => {
    data = await mkdtemp(join(tmpdir(), 'kizuna-signal-'));
    const inbox = join(data, 'inbox');
    await mkdir(inbox, { recursive: true });
    for (let i = 0; i < FILES; i++)
      await writeFile(join(inbox, `a-${String(i).padStart(4, '0')}.txt`), distinctArticle(i));

    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      const r = await interrupt(data, signal, 3);
      expect(r.reached).toBeGreaterThan(0);
      expect(r.code, r.stdout + r.stderr).toBe(code);
      expect(r.stdout).toMatch(new RegExp(`stopped by ${signal}: \\d+ files? not ingested`));
      const stored = (await readArticles(data)).length;
      // stopped early: every file is either stored or still in the inbox, never both, never half-written
      expect(stored).toBeLessThan(FILES);
      expect(stored + (await readdir(inbox)).length).toBe(FILES);
      expect(await leftovers(data)).toEqual([]);
      expect(existsSync(join(data, '.ingest.lock'))).toBe(false);
    }

    const rerun = await runIngest(['--data', data], data);
    expect(rerun.code).toBe(0);
    expect(await readArticles(data)).toHaveLength(FILES);
    expect(await readdir(inbox)).toEqual([]);
  }, 600_000);
});
