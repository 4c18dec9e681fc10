// How many place names the phrases find in the development and seed articles, and what the stop
// policy keeps: `pnpm --filter @kizuna/geo measure [--list] [DIR...]`. With --list, every city
// hit is printed with its context, to be judged by a person (README.md, "Stop policy").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCityMention, loadGeo } from '../src/index.js';
import { phraseFinder } from './measure/find-phrases.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const dirs = args.filter((a) => a !== '--list');
const folders = dirs.length > 0 ? dirs : [join(corpus, 'dev'), join(corpus, 'seeds')];

const find = phraseFinder(loadGeo().phrases());
const counts = { country: 0, demonym: 0, freeKept: 0, freeDropped: 0, contextKept: 0, contextDropped: 0 };
let files = 0;
for (const dir of folders) {
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    files++;
    const text = readFileSync(join(dir, name), 'utf8');
    for (const hit of find(text)) {
      const { phrase } = hit;
      if (phrase.kind !== 'city') {
        counts[phrase.kind]++;
        continue;
      }
      const kept = isCityMention(text, hit.start, hit.end, phrase.guard);
      counts[`${phrase.guard}${kept ? 'Kept' : 'Dropped'}` as const]++;
      if (list) {
        const around = text.slice(Math.max(0, hit.start - 35), hit.end + 25).replace(/\s+/g, ' ');
        const verdict = `${phrase.guard === 'free' ? 'free' : 'context'}\t${kept ? 'KEPT' : 'drop'}`;
        process.stdout.write(
          `${verdict}\t${name.slice(0, 28)}\t${hit.text}\t${phrase.code} ${phrase.city?.population ?? ''}\t${around}\n`,
        );
      }
    }
  }
}
process.stdout.write(
  `${files} files: ${counts.country} country names, ${counts.demonym} demonyms; city names kept: ` +
    `${counts.freeKept} free + ${counts.contextKept} in context; dropped by the stop policy: ` +
    `${counts.freeDropped} free (a capitalised word follows) + ${counts.contextDropped} without context\n`,
);
