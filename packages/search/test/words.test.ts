import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachWord } from '../src/analysis/words.js';

const WORD = /[\p{L}\p{N}]+(?:['+-][\p{L}\p{N}]+)*/gu;
const words = (text: string) => {
  const out: string[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
};

describe('forEachWord', () => {
  it.each([
    ["l'ASEAN et d'Hanoï", ["l'ASEAN", 'et', "d'Hanoï"]],
    ['dialogue 2+2, vice-ministre', ['dialogue', '2+2', 'vice-ministre']],
    ["trailing- 'quoted' +x a--b", ['trailing', 'quoted', 'x', 'a', 'b']],
    ['Đà Nẵng – 12e sommet', ['Đà', 'Nẵng', '12e', 'sommet']],
    ['𝐀𝐁 𠀀字 😀 ok', ['𝐀𝐁', '𠀀字', 'ok']],
    ['', []],
  ])('splits %j as the word regex does', (text, want) => {
    expect(words(text)).toEqual(want);
    expect(words(text)).toEqual(text.match(WORD) ?? []);
  });

  it('finds the same words as the regex in any text', () => {
    const piece = fc.constantFrom('a', 'É', 'ẵ', '9', "'", '+', '-', ' ', '.', '’', '𝐀', '\uD835', '字', '\u0301');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(words(text)).toEqual(text.match(WORD) ?? []);
      }),
    );
  });
});
