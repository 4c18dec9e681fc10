import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The root README's `pnpm -s … --json` lines, run as written (minus the redirection) from the root.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');
const lines = [...readme.matchAll(/^pnpm -s (\S+) (.*--json.*?)(?: > \S+)?$/gm)].map((m) => ({
  script: m[1] as string,
  args: [...(m[2] as string).matchAll(/"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? (a[2] as string)),
}));

// the pnpm running this test when it runs under pnpm (pnpm test), else the README's own npx form
const pnpm: [string, string[]] = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, [process.env.npm_execpath]]
  : ['npx', ['-y', 'pnpm@10']];

const run = (args: string[]) =>
  new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(pnpm[0], [...pnpm[1], ...args], { cwd: root, maxBuffer: 1 << 26 }, (error, stdout) =>
      resolve({ code: error ? 1 : 0, stdout }),
    );
  });

describe("the README's --json command lines", () => {
  it('lists the ingest and ask lines', () => {
    expect(lines.map((l) => l.script).sort()).toEqual(['ask', 'ingest']);
  });

  it.concurrent.each(lines)(
    'pnpm -s $script … prints only a JSON array on stdout',
    async ({ script, args }) => {
      const r = await run(['-s', script, ...args]);
      expect(r.code).toBe(0);
      const parsed: unknown = JSON.parse(r.stdout);
      expect(Array.isArray(parsed) && parsed.length > 0).toBe(true);
    },
    120_000,
  );

  it('needs -s: without it pnpm prints its banner on stdout first', async () => {
    const r = await run(['ingest', '--help']);
    expect(r.stdout).toMatch(/^\s*> kizuna@\S* ingest /);
  }, 120_000);
});
