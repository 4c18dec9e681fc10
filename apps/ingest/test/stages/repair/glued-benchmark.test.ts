import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { functionWords } from '../../../src/stages/repair/function-words.js';
import { repairText, tokenCounts } from '../../../src/stages/repair/repair-text.js';
import { resources } from '../../support/resources.js';

// A seeded generator, so every run glues the same pairs.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /^\p{L}+$/u;

function benchmark(language: 'fr' | 'en', pairs: number, seed: number) {
  const text = readFileSync(new URL(`../../fixtures/clean-${language}.txt`, import.meta.url), 'utf8');
  const dictionary = resources.dictionary(language);
  if (!dictionary) throw new Error(`no dictionary for ${language}`);
  const lines = text.split('\n').filter(Boolean);
  const base = tokenCounts(text);
  const ctx = { isWord: (w: string) => dictionary.has(w), functionWords: functionWords(language), articleCounts: base };

  // false splits: repairs made on text that has no glued word
  let tokens = 0;
  let falseSplits = 0;
  const wrong: string[] = [];
  for (const line of lines) {
    tokens += line.split(/\s+/).length;
    const { repairs } = repairText(line, ctx);
    falseSplits += repairs.length;
    wrong.push(...repairs.map((r) => `${r.from}→${r.to}`));
  }

  // repairs: one adjacent pair of words glued per trial, in its own line
  const random = mulberry32(seed);
  let tried = 0;
  let repaired = 0;
  let undetectable = 0;
  const missed: string[] = [];
  for (let attempts = 0; tried < pairs && attempts < pairs * 50; attempts++) {
    const line = lines[Math.floor(random() * lines.length)] as string;
    const words = line.split(' ');
    const i = Math.floor(random() * (words.length - 1));
    const [a, b] = [words[i] as string, words[i + 1] as string];
    if (!WORD.test(a) || !WORD.test(b)) continue;
    const glued = a + b;
    // the glued form is itself a word ("de" + "vient"): no dictionary method can see it
    if (dictionary.has(glued.toLowerCase())) {
      undetectable += 1;
      continue;
    }
    tried += 1;
    const gluedLine = [...words.slice(0, i), glued, ...words.slice(i + 2)].join(' ');
    // the article now also holds the glued token
    const extra = tokenCounts(gluedLine);
    const articleCounts = { get: (t: string) => (base.get(t) ?? 0) + (extra.get(t) ?? 0) };
    const { repairs } = repairText(gluedLine, { ...ctx, articleCounts });
    if (repairs.some((r) => r.from === glued && r.to === `${a} ${b}`)) repaired += 1;
    else missed.push(`${glued} (${a} ${b})`);
  }
  return { tokens, falseSplits, wrong, tried, repaired, undetectable, missed };
}

describe('glued-word repair benchmark (seeded, clean development text)', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`repairs at least 97% of glued pairs with at most 0.5% false splits (${language})`, () => {
      const r = benchmark(language, language === 'fr' ? 500 : 300, 20240517);
      const rate = r.repaired / r.tried;
      const falseRate = r.falseSplits / r.tokens;
      console.log(
        `[glued ${language}] repaired ${r.repaired}/${r.tried} (${(rate * 100).toFixed(1)}%), ` +
          `${r.undetectable} pairs glue into a real word (skipped); false splits ${r.falseSplits}/${r.tokens} tokens ` +
          `(${(falseRate * 100).toFixed(2)}%)\n  missed: ${r.missed.slice(0, 15).join(', ')}\n  false: ${r.wrong.slice(0, 15).join(', ')}`,
      );
      expect(rate).toBeGreaterThanOrEqual(0.97);
      expect(falseRate).toBeLessThanOrEqual(0.005);
    }, 60_000);
  }
});
