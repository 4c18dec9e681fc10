// Prints how each block of the given files is classified (a debugging aid for the cleaning rules).
import { readFileSync } from 'node:fs';
import { classify } from '../src/blocks/classify.js';
import { segment } from '../src/blocks/segment.js';
import { normalise } from '../src/normalise/normalise.js';

for (const file of process.argv.slice(2)) {
  console.log(`=== ${file}`);
  for (const b of classify(segment(normalise(readFileSync(file, 'utf8'))))) {
    console.log(`${b.kind.padEnd(14)} ${b.text.slice(0, 110)}`);
  }
}
