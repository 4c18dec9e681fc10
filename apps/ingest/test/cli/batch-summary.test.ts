import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_EN, ARTICLE_FR } from './fixtures.js';
import { type CliResult, runCli } from './run-cli.js';

const notNews = (name: string) => readFile(new URL(`../fixtures/not-news/${name}`, import.meta.url));

// a batch of 12: 8 articles (one pasted again with other spacing), a recipe, a poem, an empty file
let dir: string;
let corpus: CliResult;
let dry: CliResult;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kizuna-batch-'));
  const inbox = join(dir, 'data', 'inbox');
  await mkdir(inbox, { recursive: true });
  const files: [string, string | Buffer][] = [
    ['a-fr.txt', ARTICLE_FR],
    ['b-fr-again.txt', ARTICLE_FR.replaceAll(' ', '  ')],
    ['c-recipe.txt', await notNews('recipe.txt')],
    ['d-poem.txt', await notNews('poem.txt')],
    ['e-empty.txt', ''],
  ];
  for (let i = 0; i < 7; i++)
    files.push([`f-en-${i}.txt`, ARTICLE_EN.replace('sea border talks', `sea border talks, round ${i + 1}`)]);
  for (const [name, text] of files) await writeFile(join(inbox, name), text);
  // the dry run first: the corpus run empties the inbox
  dry = await runCli(['--dry-run', '--json', 'data/inbox'], dir);
  corpus = await runCli(['--data', 'data'], dir);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an ingest batch', () => {
  it('ends with a summary: ingested, duplicates, rejected with reasons, meetings found', () => {
    expect(corpus.code).toBe(1);
    expect(corpus.stdout).toMatch(/^summary +8 ingested · 1 duplicates · 3 rejected · [1-9]\d* meetings found$/m);
    expect(corpus.stdout).toMatch(/^ {2}rejected ×1: the file is empty/m);
    expect(corpus.stdout).toMatch(
      /^ {2}rejected ×1: not a news article \(no date, no named person or place, no reporting words, mostly a list\)$/m,
    );
    expect(corpus.stdout).toMatch(/^rejected +c-recipe\.txt: not a news article/m);
  });

  it('shows progress with a count and an ETA on stderr, as plain lines when stderr is no terminal', () => {
    expect(corpus.stderr).toMatch(/^progress +12\/12 files · 100% · ETA \d+s$/m);
    expect(corpus.stdout).not.toMatch(/progress/);
  });

  it('keeps stdout pure JSON with --json: progress, per-file lines and summary go to stderr', () => {
    const articles = JSON.parse(dry.stdout) as { id: string }[];
    // a dry run keeps no corpus, so the second paste is built again (and has the same id)
    expect(articles).toHaveLength(9);
    expect(new Set(articles.map((a) => a.id)).size).toBe(8);
    expect(dry.stderr).toMatch(/^summary +9 built · 0 duplicates · 3 rejected · /m);
    expect(dry.stderr).toMatch(/^progress +12\/12 files/m);
  });
});
