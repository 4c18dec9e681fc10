// Builds the clean-text fixtures of the glued-word benchmark (test/fixtures/clean-<lang>.txt) from
// the development articles: the gold repairs are applied, then the prose lines are kept.
//   pnpm exec tsx apps/ingest/scripts/make-clean-fixture.ts ../shared
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const shared = resolve(process.argv[2] ?? '../shared');
const out = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
type Gold = { file: string; language: string; repairs?: [string, string][] };
const gold = [
  ...(JSON.parse(readFileSync(join(shared, 'eval/dev/gold.json'), 'utf8')) as Gold[]),
  ...(JSON.parse(readFileSync(join(shared, 'eval/dev/gold-extra.json'), 'utf8')) as Gold[]),
];
// seeds 001 and 002 hold far more glued words than their gold lists: not clean text
const skip = new Set(['001_1a36f3d7e3360e3f.txt', '002_1172300eeb66c489.txt']);
const byLang = new Map<string, string[]>();
for (const dir of ['corpus/seeds', 'corpus/dev']) {
  for (const name of readdirSync(join(shared, dir)).sort()) {
    const g = gold.find((x) => x.file === name);
    if (!g || skip.has(name)) continue;
    let text = readFileSync(join(shared, dir, name), 'utf8');
    for (const [glued, fixed] of g.repairs ?? []) text = text.split(glued).join(fixed);
    const prose = text
      .split('\n')
      .filter((l) => /[.!?]$/.test(l.trim()) && l.split(/\s+/).length >= 12 && !/Photo ?:/.test(l));
    byLang.set(g.language, [...(byLang.get(g.language) ?? []), ...prose]);
  }
}
for (const [lang, lines] of byLang) writeFileSync(join(out, `clean-${lang}.txt`), `${lines.join('\n')}\n`);
console.log([...byLang].map(([l, v]) => `${l}: ${v.length} lines`).join(', '));
