import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '@kizuna/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId, normalise } from '../../src/stages/normalise/normalise.js';
import { ARTICLE_EN, ARTICLE_FR } from './fixtures.js';
import { runCli, startCli } from './run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kizuna-ingest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const list = async (path: string) => (existsSync(path) ? (await readdir(path)).sort() : []);
const CLI_TIMEOUT = 60_000;

describe('ingest --dry-run --json', () => {
  it(
    'prints only one JSON array of the valid articles, reports the bad file and writes nothing',
    async () => {
      await mkdir(join(dir, 'texts'));
      await writeFile(join(dir, 'texts', 'a.txt'), ARTICLE_FR);
      await writeFile(join(dir, 'texts', 'b.txt'), ARTICLE_EN);
      await writeFile(join(dir, 'texts', 'c.txt'), '');
      const r = await runCli(['--dry-run', '--json', 'texts'], dir);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/rejected +c\.txt: the file is empty/);
      const articles = (JSON.parse(r.stdout) as unknown[]).map((a) => parseArticle(a));
      expect(articles.map((a) => [a.source.file, a.language, a.title, a.publisher, a.published?.iso])).toEqual([
        [
          'a.txt',
          'fr',
          'Le Cambodge et la Thaïlande relancent leur commission des frontières',
          'Le Courrier du Mékong',
          '2023-02-14',
        ],
        ['b.txt', 'en', 'Malaysia and Indonesia agree on sea border talks', 'The Straits Observer', '2022-03-03'],
      ]);
      const fr = articles[0];
      expect(fr?.dateline).toEqual({
        place: 'Phnom Penh',
        date: { iso: '2023-02-13', text: '13 février', year: 'inferred', basis: 'publication date 2023-02-14' },
        agency: 'AKP',
      });
      expect(fr?.body).not.toMatch(/Lire aussi|Siem Reap|Photo : AKP/);
      expect(fr?.body).toContain('Les ministres à la réunion.');
      expect(articles[1]?.body).not.toMatch(/Share this|Read next|Sabah/);
      expect(await list(dir)).toEqual(['texts']);
      expect(r.stderr).toMatch(/a\.txt/);
    },
    CLI_TIMEOUT,
  );
});

describe('ingest into a corpus folder', () => {
  it(
    'stores good files, rejects bad ones with a reason, empties the inbox and exits non-zero',
    async () => {
      const inbox = join(dir, 'data', 'inbox');
      await mkdir(inbox, { recursive: true });
      await writeFile(join(inbox, 'good.txt'), ARTICLE_FR);
      await writeFile(join(inbox, 'empty.txt'), '');
      await writeFile(join(inbox, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x08, 0]));
      await writeFile(join(inbox, 'big.txt'), `${ARTICLE_EN}\n${'x '.repeat(3000)}`);
      await writeFile(join(inbox, 'junk.txt'), 'Comment (0)\n\nNo data\n\nShare this article\n\nRead next\n');
      const r = await runCli(['--data', 'data', '--max-bytes', '4000'], dir);
      expect(r.code).toBe(1);
      const data = join(dir, 'data');
      const [json] = await list(join(data, 'articles'));
      expect(json).toMatch(/^[a-z0-9]+\.json$/);
      const stored = parseArticle(JSON.parse(await readFile(join(data, 'articles', json as string), 'utf8')));
      expect(await readFile(join(data, 'raw', `${stored.id}.txt`), 'utf8')).toBe(ARTICLE_FR);
      expect(await list(inbox)).toEqual([]);
      expect(await list(join(data, 'rejected'))).toEqual([
        'big.txt',
        'big.txt.error.txt',
        'binary.txt',
        'binary.txt.error.txt',
        'empty.txt',
        'empty.txt.error.txt',
        'junk.txt',
        'junk.txt.error.txt',
      ]);
      const why = async (name: string) => readFile(join(data, 'rejected', `${name}.error.txt`), 'utf8');
      expect(await why('empty.txt')).toMatch(/empty/);
      expect(await why('binary.txt')).toMatch(/binary/);
      expect(await why('big.txt')).toMatch(/more than the limit of 4000 bytes/);
      expect(await why('junk.txt')).toMatch(/no article text/);
      expect(r.stdout).toMatch(/ingested +good\.txt/);
      expect(r.stdout).toMatch(/rejected +junk\.txt/);
    },
    CLI_TIMEOUT,
  );

  it(
    'reports the same article pasted again with other spacing as a duplicate',
    async () => {
      await mkdir(join(dir, 'data', 'inbox'), { recursive: true });
      await writeFile(join(dir, 'data', 'inbox', 'first.txt'), ARTICLE_EN);
      expect((await runCli([], join(dir))).code).toBe(0); // default --data is data/ under the user's folder
      const again = ARTICLE_EN.replace(/ /g, '  ').replace(/\n/g, '\r\n');
      await writeFile(join(dir, 'data', 'inbox', 'again.txt'), again);
      const r = await runCli(['--data', 'data'], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/duplicate +again\.txt: already in the corpus/);
      expect(await list(join(dir, 'data', 'articles'))).toHaveLength(1);
      expect(await list(join(dir, 'data', 'inbox'))).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    'completes the work after a crash: removes leftover temp files, takes over a dead lock, writes the article',
    async () => {
      const data = join(dir, 'data');
      for (const d of ['inbox', 'articles', 'raw']) await mkdir(join(data, d), { recursive: true });
      await writeFile(join(data, 'inbox', 'a.txt'), ARTICLE_FR);
      // a run that died mid-write: half-written temp files, its raw copy written but not its article, its lock
      await writeFile(join(data, 'articles', 'abc.json.999999-0000dead.tmp'), '{"half":');
      await writeFile(join(data, 'raw', 'abc.txt.999999-0000dead.tmp'), 'half');
      await writeFile(
        join(data, '.ingest.lock'),
        JSON.stringify({ pid: 2 ** 22 + 12345, since: '2020-01-01T00:00:00Z' }),
      );
      const id = articleId(normalise(ARTICLE_FR));
      await writeFile(join(data, 'raw', `${id}.txt`), 'a raw copy from an older run');
      const r = await runCli(['--data', data], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/took over the lock/);
      expect(await list(join(data, 'articles'))).toEqual([`${id}.json`]);
      expect(await list(join(data, 'raw'))).toEqual([`${id}.txt`]);
      expect(await readFile(join(data, 'raw', `${id}.txt`), 'utf8')).toBe(ARTICLE_FR);
      expect(await list(join(data, 'inbox'))).toEqual([]);
      expect(existsSync(join(data, '.ingest.lock'))).toBe(false);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses to run while another ingest holds the folder, and leaves the inbox alone',
    async () => {
      const data = join(dir, 'data');
      await mkdir(join(data, 'inbox'), { recursive: true });
      await writeFile(join(data, 'inbox', 'a.txt'), ARTICLE_FR);
      // this test process is alive: its pid in the lock means the folder is busy
      await writeFile(
        join(data, '.ingest.lock'),
        JSON.stringify({ pid: process.pid, since: new Date().toISOString() }),
      );
      const r = await runCli(['--data', data], dir);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/another ingest \(process \d+/);
      expect(await list(join(data, 'inbox'))).toEqual(['a.txt']);
      expect(await list(join(data, 'articles'))).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    'with --watch, ingests a file dropped into the inbox, then stops cleanly on SIGTERM',
    async () => {
      const data = join(dir, 'data');
      const child = startCli(['--data', data, '--watch'], dir);
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
      });
      const until = async (ok: () => boolean | Promise<boolean>) => {
        for (let i = 0; i < 400 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 100));
      };
      await until(() => out.includes('watching'));
      await writeFile(join(data, 'inbox', 'late.txt'), ARTICLE_EN);
      await until(async () => (await list(join(data, 'articles'))).length === 1);
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(await list(join(data, 'articles'))).toHaveLength(1);
      expect(await list(join(data, 'inbox'))).toEqual([]);
      expect(out).toMatch(/ingested +late\.txt/);
      expect(existsSync(join(data, '.ingest.lock'))).toBe(false);
    },
    CLI_TIMEOUT,
  );

  it(
    'rejects an unknown option with the usage text, and a dry run with nothing to build fails',
    async () => {
      const r = await runCli(['--frobnicate'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/usage: pnpm ingest/);
      await writeFile(join(dir, 'empty.txt'), '');
      const dry = await runCli(['--dry-run', '--json', 'empty.txt'], dir);
      expect(dry.code).toBe(1);
      expect(JSON.parse(dry.stdout)).toEqual([]);
    },
    CLI_TIMEOUT,
  );
});
