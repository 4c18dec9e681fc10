import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leftovers, readArticles } from './support/corpus-checks.js';
import { runIngest } from './support/ingest-process.js';
import { fuzzInput } from './support/mutate.js';

// a few hundred files in CI; KIZUNA_FUZZ_FILES=5000 for a long local run
const FILES = Number(process.env.KIZUNA_FUZZ_FILES ?? 200);
const SEED = Number(process.env.KIZUNA_FUZZ_SEED ?? 20261122);
const MAX_BYTES = 200_000;

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let data: string;
const inputs = new Map<string, Buffer>();
let run: Awaited<ReturnType<typeof runIngest>>;

beforeAll(
  async () => {
    data = await mkdtemp(join(tmpdir(), 'kizuna-fuzz-'));
    await mkdir(join(data, 'inbox'), { recursive: true });
    for (let i = 0; i < FILES; i++) {
      const name = `${i % 7 === 0 ? 'é-' : ''}fuzz-${String(i).padStart(5, '0')}.txt`;
      inputs.set(name, fuzzInput(SEED, i));
    }
    // one file over the size limit, and one of random bytes only
    inputs.set('too-large.txt', Buffer.alloc(MAX_BYTES + 1, 'a'));
    for (const [name, bytes] of inputs) await writeFile(join(data, 'inbox', name), bytes);
    run = await runIngest(['--data', data, '--max-bytes', String(MAX_BYTES)], data);
  },
  120_000 + FILES * 2000,
);

afterAll(async () => {
  await rm(data, { recursive: true, force: true });
});

describe(`ingest CLI on ${FILES} mutated and random files (seed ${SEED})`, () => {
  it('finishes without crashing: exit 0 or 1 (something rejected) and its closing summary', () => {
    expect(run.signal).toBeNull();
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(/^ingest: /m);
    expect(run.stdout).toMatch(/^summary +\d+ ingested · \d+ duplicates · \d+ rejected · \d+ meetings found/m);
    expect(run.stdout).toMatch(/^\d+ articles in /m);
  });

  it(
    'accounts for every file: ingested with its raw bytes kept, a duplicate of a stored article, or rejected with a reason',
    async () => {
      const articles = await readArticles(data);
      const byFile = new Map(articles.map((a) => [a.source.file, a]));
      const ids = new Set(articles.map((a) => a.id));
      const outcomes = { ingested: 0, duplicate: 0, rejected: 0 };
      // one outcome line per file: "ingested  name · …", "duplicate name: …", "rejected  name: …"
      const linesOf = new Map<string, string[]>();
      for (const line of run.stdout.split('\n')) {
        const name = /^(?:ingested|duplicate|rejected) +([^\s:]+)/.exec(line)?.[1];
        if (name) linesOf.set(name, [...(linesOf.get(name) ?? []), line]);
      }
      for (const [name, bytes] of inputs) {
        const lines = linesOf.get(name) ?? [];
        expect(lines, name).toHaveLength(1);
        const line = lines[0] ?? '';
        if (line.startsWith('ingested')) {
          outcomes.ingested += 1;
          const article = byFile.get(name);
          expect(article?.source.sha256, name).toBe(sha256(bytes));
          expect(await readFile(join(data, 'raw', `${article?.id}.txt`)), name).toEqual(bytes);
        } else if (line.startsWith('duplicate')) {
          outcomes.duplicate += 1;
          expect(ids.has(/as (\S+)$/.exec(line)?.[1] ?? ''), name).toBe(true);
        } else {
          outcomes.rejected += 1;
          expect(await readFile(join(data, 'rejected', name)), name).toEqual(bytes);
          const reason = await readFile(join(data, 'rejected', `${name}.error.txt`), 'utf8');
          expect(reason, name).toMatch(/was not ingested: .{10,}/);
        }
      }
      expect(outcomes.ingested).toBe(articles.length);
      // the mutations must reach both sides, or the run proves little
      expect(outcomes.ingested).toBeGreaterThan(0);
      expect(outcomes.rejected).toBeGreaterThan(0);
    },
    60_000 + FILES * 500,
  );

  it(
    'leaves an empty inbox, valid JSON only, and no temporary or lock file',
    async () => {
      expect(await readdir(join(data, 'inbox'))).toEqual([]);
      expect(await leftovers(data)).toEqual([]);
      for (const a of await readArticles(data)) {
        for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
      }
    },
    60_000 + FILES * 500,
  );
});
