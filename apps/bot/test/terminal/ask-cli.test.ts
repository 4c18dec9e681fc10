import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from '../support/fixture-corpus.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../../..');
let dataDir: string;

// the CLI as \`pnpm ask\` runs it (the same tsx command as the root script, without needing pnpm on PATH)
const ask = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@kizuna/source',
        'apps/bot/src/terminal/ask.ts',
        '--data',
        dataDir,
        '--no-bundled',
        ...args,
      ],
      { cwd: root, maxBuffer: 1 << 24 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kizuna-ask-'));
  mkdirSync(join(dataDir, 'articles'));
  for (const a of fixtureArticles()) writeFileSync(join(dataDir, 'articles', `${a.id}.json`), JSON.stringify(a));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('pnpm ask', () => {
  it('prints one JSON array of payloads, in order, and nothing else on stdout', async () => {
    const lines = ['/meeting 2+2', '/meeting xyzzy plugh', '/search @everyone', '/timeline 2023 2024 Japon', '/about'];
    const { code, stdout } = await ask('--json', ...lines);
    expect(code).toBe(0);
    const replies = JSON.parse(stdout) as { content?: string; flags?: number; allowed_mentions: unknown }[];
    expect(replies).toHaveLength(lines.length);
    for (const r of replies) expect(r.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(replies[0])).toContain('New Delhi');
    expect((replies[1]?.flags ?? 0) & 64).toBe(64);
    expect(JSON.stringify(replies[2])).not.toContain('@everyone');
    expect(JSON.stringify(replies[3])).toContain('9 février 2024');
    expect(JSON.stringify(replies[3])).not.toContain('2022');
    expect(JSON.stringify(replies[4])).toContain('"value":"5"');
  }, 60_000);

  it('prints readable text by default, in English with --locale en, and presses buttons', async () => {
    const { code, stdout } = await ask('--locale', 'en', '/person "Haruto Sato"', 'button timeline:0:2024::');
    expect(code).toBe(0);
    expect(stdout).toContain('> /person "Haruto Sato"');
    expect(stdout).toContain('== Haruto Sato ==');
    expect(stdout).toContain('-- Roles --');
    expect(stdout).toContain('18 May 2024');
    expect(stdout).toContain('== Meeting timeline (from 2024) ==');
    expect(stdout).toContain('Page 1/1 · 3 meeting(s)');
    expect(stdout).not.toContain('\\');
  }, 60_000);

  it('answers unknown commands with a friendly private message', async () => {
    const { code, stdout } = await ask('--json', '/nope');
    expect(code).toBe(0);
    const [reply] = JSON.parse(stdout) as { content: string; flags: number }[];
    expect(reply?.flags).toBe(64);
    expect(reply?.content).toContain('/meeting');
  }, 60_000);

  it('suggests the command one typo away, in either language', async () => {
    const { stdout } = await ask('--locale', 'en', '/meting 2+2', '/recherhce déminage');
    expect(stdout).toContain('Did you mean /meeting?');
    expect(stdout).toContain('Did you mean /recherche?');
  }, 60_000);

  it('fails with a usage message and exit code 2 without lines, 1 on an invalid corpus', async () => {
    const usage = await ask();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: pnpm ask');
    writeFileSync(join(dataDir, 'articles', 'broken.json'), '{"id": 1}');
    try {
      const broken = await ask('--json', '/about');
      expect(broken.code).toBe(1);
      expect(broken.stdout).toBe('');
      expect(broken.stderr).toContain('broken.json');
    } finally {
      rmSync(join(dataDir, 'articles', 'broken.json'));
    }
  }, 60_000);
});
