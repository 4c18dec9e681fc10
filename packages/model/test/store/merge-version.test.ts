import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MERGE_VERSION } from '../../src/store/merge-version.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
// everything that decides which events are one meeting and what a merged meeting or person holds
const FILES = [
  ...readdirSync(`${src}merge`).map((f) => `merge/${f}`),
  'person-key.ts',
  'store/edge-buckets.ts',
  'store/regroup.ts',
  'store/meeting-rows.ts',
  'store/store-reader.ts',
  'store/store-writer.ts',
].sort();

describe('MERGE_VERSION', () => {
  it('is bumped whenever the merging code changes (then update the digest here)', () => {
    const hash = createHash('sha256');
    for (const f of FILES) hash.update(f).update(readFileSync(`${src}${f}`, 'utf8').replace(/\r\n/g, '\n'));
    expect({ version: MERGE_VERSION, digest: hash.digest('hex') }).toEqual({
      version: 2,
      digest: '97dbfc29b4f90e15ed99c85af4cffc29443b269b47aaad082c3ae580675bc612',
    });
  });
});
