import { execFileSync } from 'node:child_process';
import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_EN, ARTICLE_FR } from './fixtures.js';
import { type CliResult, runCli } from './run-cli.js';

// one batch run over an inbox holding every kind of entry a user (or an attacker) can leave there
let dir: string;
let data: string;
let r: CliResult;
const HUGE = 2 ** 31 + 4096; // over 2 GiB, sparse: no disk space used, and never read
const HOSTILE = 'bad\nname\u001b[31m.txt';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kizuna-inbox-'));
  data = join(dir, 'data');
  const inbox = join(data, 'inbox');
  await mkdir(inbox, { recursive: true });
  await mkdir(join(data, 'rejected'));
  await writeFile(join(dir, 'secret.txt'), ARTICLE_FR);
  await symlink(join(dir, 'secret.txt'), join(inbox, 'link.txt'));
  execFileSync('mkfifo', [join(inbox, 'pipe.txt')]);
  await writeFile(join(inbox, '.hidden.txt'), ARTICLE_FR);
  await writeFile(join(inbox, 'huge.txt'), '');
  await truncate(join(inbox, 'huge.txt'), HUGE);
  await writeFile(join(inbox, HOSTILE), '');
  await writeFile(join(inbox, 'good.txt'), ARTICLE_EN);
  // an older run stopped after moving empty.txt, before writing its reason
  await writeFile(join(data, 'rejected', 'empty.txt'), 'an older rejected file');
  await writeFile(join(inbox, 'empty.txt'), '');
  r = await runCli(['--data', data], dir);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingest batch: one rule for links, pipes, huge, hidden and hostile names', () => {
  it('ingests only the regular article, exits 1 for the rejections, without a stack trace', async () => {
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/^ingest: |\n {4}at /m);
    expect(await readdir(join(data, 'articles'))).toHaveLength(1);
    expect(r.stdout).toMatch(/^ingested +good\.txt/m);
  });

  it('moves a symbolic link itself to rejected/ with a reason, and leaves its target alone', async () => {
    const moved = join(data, 'rejected', 'link.txt');
    expect((await lstat(moved)).isSymbolicLink()).toBe(true);
    expect(await readlink(moved)).toBe(join(dir, 'secret.txt'));
    expect(await readFile(join(dir, 'secret.txt'), 'utf8')).toBe(ARTICLE_FR);
    expect(await readFile(`${moved}.error.txt`, 'utf8')).toMatch(/symbolic link/);
    expect(r.stdout).toMatch(/^rejected +link\.txt: it is a symbolic link/m);
  });

  it('rejects a FIFO without opening it for a blocking read', async () => {
    expect((await lstat(join(data, 'rejected', 'pipe.txt'))).isFIFO()).toBe(true);
    expect(await readFile(join(data, 'rejected', 'pipe.txt.error.txt'), 'utf8')).toMatch(/named pipe/);
  });

  it('rejects a file over 2 GiB for its size, moving it whole', async () => {
    expect((await stat(join(data, 'rejected', 'huge.txt'))).size).toBe(HUGE);
    expect(await readFile(join(data, 'rejected', 'huge.txt.error.txt'), 'utf8')).toMatch(/more than the limit/);
  });

  it('reports a hidden file instead of leaving it silently, and prints hostile names escaped', async () => {
    expect(await readdir(join(data, 'inbox'))).toEqual(['.hidden.txt']);
    expect(r.stdout).toMatch(/^skipped +\.hidden\.txt: hidden file/m);
    expect(r.stdout).toContain('rejected  bad\\nname\\x1b[31m.txt: the file is empty');
    expect(r.stdout).not.toContain('\u001b');
    expect(await readFile(join(data, 'rejected', `${HOSTILE}.error.txt`), 'utf8')).toMatch(/^bad\\nname/);
  });

  it('names the rejection files it really wrote', async () => {
    expect(r.stdout).toMatch(/^rejected +empty\.txt: .*\(see rejected\/empty-1\.txt\.error\.txt\)/m);
    expect(await readFile(join(data, 'rejected', 'empty-1.txt.error.txt'), 'utf8')).toMatch(/empty/);
    for (const line of r.stdout.split('\n').filter((l) => l.startsWith('rejected'))) {
      const reason = /\(see rejected\/(.+)\)$/.exec(line)?.[1] ?? '';
      if (!reason.includes('\\')) expect((await stat(join(data, 'rejected', reason))).isFile()).toBe(true);
    }
  });
});
