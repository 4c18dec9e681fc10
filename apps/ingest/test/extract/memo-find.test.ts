import { describe, expect, it } from 'vitest';
import { memoFind } from '../../src/extract/text/memo-find.js';

describe('memoFind', () => {
  it('searches a text once and hands each caller its own copies', () => {
    const searched: string[] = [];
    const find = memoFind((text: string) => {
      searched.push(text);
      return [{ start: 0, end: text.length, text }];
    });
    const first = find('Hanoi');
    if (first[0]) first[0].start = 99;
    first.push({ start: 1, end: 2, text: 'x' });
    expect(find('Hanoi')).toEqual([{ start: 0, end: 5, text: 'Hanoi' }]);
    expect(find('Tokyo')).toEqual([{ start: 0, end: 5, text: 'Tokyo' }]);
    expect(searched).toEqual(['Hanoi', 'Tokyo']);
  });
});
