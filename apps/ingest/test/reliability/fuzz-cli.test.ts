import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCorpusDir, loadArticles } from '@kizuna/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable } from '../../src/text/printable.js';
import { leftovers, readArticles } from './support/corpus-checks.js';
import { runIngest } from './support/ingest-process.js';
import { fuzzInput } from './support/mutate.js';

// names a user's tools or an attacker can give a file: line breaks, terminal escapes, bidi overrides,
// separators the output uses, a name near the 255-byte limit
const HOSTILE = [
  'new\nline.txt',
  'esc\u001b[2Jclear.txt',
  'tab\there.txt',
  'colon: name.txt',
  'rtl\u202etxt.exe.txt',
  ' leading space.txt',
  'back\\slash.txt',
  `${'é'.repeat(120)}.txt`,
];

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
      const hostile = i % 11 === 5 ? HOSTILE[Math.floor(i / 11) % HOSTILE.length] : undefined;
      const name = hostile ?? `${i % 7 === 0 ? 'é-' : ''}fuzz-${String(i).padStart(5, '0')}.txt`;
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

  it('prints every name escaped: no terminal escape or invisible control reaches the output', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    for (const name of HOSTILE) expect(run.stdout, name).toContain(printable(name));
  });

  it(
    'accounts for every file: ingested with its raw bytes kept, a duplicate of a stored article, or rejected with a reason',
    async () => {
      const articles = await readArticles(data);
      const byFile = new Map(articles.map((a) => [a.source.file, a]));
      // a duplicate is of an article of the store: one ingested here, or a bundled seed
      const seeds = await loadArticles([bundledCorpusDir]);
      const ids = new Set([...articles, ...seeds].map((a) => a.id));
      const outcomes = { ingested: 0, duplicate: 0, rejected: 0 };
      // one outcome line per file: "ingested  name · …", "duplicate name: …", "rejected  name: …", names escaped
      const lines = run.stdout.split('\n');
      const linesOf = (name: string) =>
        lines.filter((l) =>
          ['ingested', 'duplicate', 'rejected'].some(
            (s) =>
              l.startsWith(`${s.padEnd(9)} ${printable(name)} ·`) || l.startsWith(`${s.padEnd(9)} ${printable(name)}:`),
          ),
        );
      for (const [name, bytes] of inputs) {
        const lines = linesOf(name);
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
          // the name it was stored under (shortened when too long), as the line says
          const stored = HOSTILE.includes(name) ? name.slice(0, 60) : name;
          const file = (await readdir(join(data, 'rejected'))).find(
            (n) => n.startsWith(stored) && !n.endsWith('.error.txt'),
          );
          expect(await readFile(join(data, 'rejected', file ?? name)), name).toEqual(bytes);
          const reason = await readFile(join(data, 'rejected', `${file ?? name}.error.txt`), 'utf8');
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
