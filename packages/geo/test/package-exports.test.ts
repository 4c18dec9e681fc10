import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package as a plain Node script sees it: built JavaScript through the exports map, no TS tooling.
describe('built package', () => {
  it('loads the data files from a plain Node import', () => {
    const script = `
      const { loadGeo } = await import('@kizuna/geo');
      const geo = loadGeo();
      console.log(JSON.stringify([geo.countryByName('Japon'), geo.cityByName('Pékin')[0]?.country, geo.phrases().length > 0]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(JSON.parse(out)).toEqual(['JP', 'CN', true]);
  });
});
