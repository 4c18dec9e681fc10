import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package as a plain Node script sees it: built JavaScript through the exports map, no TS tooling.
describe('built package', () => {
  it('exposes the schemas to a plain Node import', () => {
    const script = `
      const m = await import('@kizuna/model');
      const fs = await import('node:fs');
      const a = m.parseArticle(JSON.parse(fs.readFileSync('test/fixtures/valid-article.json', 'utf8')));
      console.log(JSON.stringify({ id: a.id, kinds: m.EventKind.options.length, key: m.personKey('Fumio Kishida') }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(JSON.parse(out)).toEqual({ id: 'a1b2c3d4e5f6', kinds: 10, key: 'fumio-kishida' });
  });
});
