import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Label, LabelIndex, labelWords } from '../../src/engine/autocomplete.js';
import { prefixMatch } from '../../src/engine/index/fuzzy.js';

const label = (name: string, rank: number): Label => ({ name, value: name, words: labelWords(name), rank });

/** The definition: every typed word must prefix-match a word (best match counts), then score, then rank. */
function naive(labels: readonly Label[], typed: string) {
  const words = labelWords(typed);
  const scored: { label: Label; score: number }[] = [];
  for (const l of labels) {
    const best = words.map((w) => Math.max(0, ...l.words.map((lw) => prefixMatch(w, lw))));
    if (best.every((b) => b > 0)) scored.push({ label: l, score: best.reduce((a, b) => a + b, 0) });
  }
  return scored.sort((a, b) => b.score - a.score || b.label.rank - a.label.rank);
}

describe('LabelIndex', () => {
  const labels = [
    label('Dialogue 2+2 Vietnam–Japon — 2023', 3),
    label('Sommet ASEAN — Hanoï', 5),
    label('Visite de Fumio Kishida — Hanoï 2023', 1),
  ];

  it('ranks exact prefixes before typos, then by rank', () => {
    const index = new LabelIndex(labels);
    expect(index.rank('hano').map((r) => r.label.name)).toEqual([labels[1]?.name, labels[2]?.name]);
    expect(index.rank('kishdia 2023').map((r) => r.label.name)).toEqual([labels[2]?.name]);
    expect(index.rank('2+2 japon')[0]?.label.name).toBe(labels[0]?.name);
    expect(index.rank('zzz')).toEqual([]);
  });

  it('lists the highest ranked first when nothing is typed, at most as many as the limits say', () => {
    const many = Array.from({ length: 40 }, (_, i) => label(`Rencontre ${i}`, i));
    const choices = new LabelIndex(many).complete('', { count: 25, length: 100 });
    expect(choices).toHaveLength(25);
    expect(choices[0]?.name).toBe('Rencontre 39');
  });

  it('ranks as the definition does, whatever the labels and the typing', () => {
    const word = fc.constantFrom(
      'hanoi',
      'hanoï',
      'kishida',
      'kishda',
      'sommet',
      'somet',
      '2023',
      '2024',
      'asean',
      'a',
      'vi',
    );
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.integer({ min: 0, max: 3 })), { maxLength: 15 }),
        fc.array(word, { maxLength: 3 }).map((ws) => ws.join(' ')),
        fc.integer({ min: 1, max: 30 }),
        (specs, typed, limit) => {
          const list = specs.map(([n, rank]) => label(n, rank));
          const got = new LabelIndex(list).rank(typed, limit);
          const want = naive(list, typed).slice(0, limit);
          expect(got.map((r) => [r.label, r.score])).toEqual(want.map((r) => [r.label, r.score]));
        },
      ),
    );
  });
});
