import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedsDir = fileURLToPath(new URL('../../../../../packages/model/data/seeds/', import.meta.url));

/** The bundled seed articles' bytes: real pasted pages to mutate. */
export const seeds: readonly Buffer[] = readdirSync(seedsDir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(`${seedsDir}${n}`));

/** A small seeded generator (mulberry32), so a failing fuzz run can be replayed from its seed. */
export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
}

/** A distinct, valid article: a seed with a numbered paragraph added. */
export function distinctArticle(i: number): Buffer {
  const seed = seeds[i % seeds.length] ?? Buffer.from('');
  return Buffer.concat([
    seed,
    Buffer.from(`\n\nLe communiqué numéro ${i} a été publié le même jour à Hanoï par les deux délégations.\n`),
  ]);
}
