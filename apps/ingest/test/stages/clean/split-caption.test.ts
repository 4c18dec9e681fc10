import { describe, expect, it } from 'vitest';
import { splitCaption } from '../../../src/stages/clean/split-caption.js';

describe('splitCaption', () => {
  it.each([
    ['Les ministres à Paris. Photo : AFP', 'Les ministres à Paris.', ['Photo : AFP']],
    [
      'Un titre de page ảnh 1Les deux délégations à Tokyo. Photo : VNA',
      'Les deux délégations à Tokyo.',
      ['Un titre de page ảnh 1', 'Photo : VNA'],
    ],
    ['Leaders at the summit in Jakarta |', 'Leaders at the summit in Jakarta', []],
    ['Photo : Nguyen Van A/VNA |', null, ['Photo : Nguyen Van A/VNA |']],
    ['Le sommet. Vidéo : TV5', null, ['Vidéo : TV5', 'Le sommet.']],
  ])('%s', (text, caption, residue) => {
    const r = splitCaption(text);
    expect(r.caption).toBe(caption);
    expect(r.residue.map((x) => x.text)).toEqual(residue);
  });
});
