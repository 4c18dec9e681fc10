import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeLeftoverTemps, writeFileAtomic } from '../../src/corpus/atomic-write.js';
import { acquireLock } from '../../src/corpus/lock.js';
import { IngestError } from '../../src/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kizuna-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    await writeFile(join(dir, 'a.json'), 'old');
    await writeFileAtomic(join(dir, 'a.json'), 'new');
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('cleans only the temporary files a crashed run left', async () => {
    await writeFile(join(dir, '.a.json.123.beef.tmp'), '{"half');
    await writeFile(join(dir, 'b.json'), '{}');
    expect(await removeLeftoverTemps(dir)).toEqual(['.a.json.123.beef.tmp']);
    expect(await readdir(dir)).toEqual(['b.json']);
  });
});

describe('acquireLock', () => {
  it('gives the folder to one holder at a time and frees it on release', async () => {
    const lock = await acquireLock(dir);
    await expect(acquireLock(dir)).rejects.toThrow(IngestError);
    await lock.release();
    const again = await acquireLock(dir);
    expect(again.stale).toBe(false);
    await again.release();
  });
});
