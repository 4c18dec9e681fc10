import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from '@kizuna/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeLeftoverTemps } from '../../src/corpus/leftover-temps.js';
import { acquireLock } from '../../src/corpus/lock.js';
import { IngestError } from '../../src/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kizuna-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeAtomic (the one atomic write ingest uses) and leftover temporary files', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    await writeFile(join(dir, 'a.json'), 'old');
    await writeAtomic(join(dir, 'a.json'), (handle) => handle.writeFile('new'));
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('cleans only the temporary files a crashed run left', async () => {
    // named as writeAtomic names its temporary files: <name>.<pid>-<8 hex>.tmp
    await writeFile(join(dir, 'a.json.123-0000beef.tmp'), '{"half');
    await writeFile(join(dir, 'b.json'), '{}');
    await writeFile(join(dir, 'notes.tmp'), 'not ours');
    expect(await removeLeftoverTemps(dir)).toEqual(['a.json.123-0000beef.tmp']);
    expect((await readdir(dir)).sort()).toEqual(['b.json', 'notes.tmp']);
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
