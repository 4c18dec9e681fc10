import { describe, expect, it } from 'vitest';
import { copyEach, memo } from '../../src/text/memo.js';

describe('memo', () => {
  it('searches a text once and, with copyEach, hands each caller its own copies', () => {
    const searched: string[] = [];
    const find = memo(
      (text: string) => {
        searched.push(text);
        return [{ start: 0, end: text.length, text }];
      },
      512,
      copyEach,
    );
    const first = find('Hanoi');
    if (first[0]) first[0].start = 99;
    first.push({ start: 1, end: 2, text: 'x' });
    expect(find('Hanoi')).toEqual([{ start: 0, end: 5, text: 'Hanoi' }]);
    expect(find('Tokyo')).toEqual([{ start: 0, end: 5, text: 'Tokyo' }]);
    expect(searched).toEqual(['Hanoi', 'Tokyo']);
  });

  it('remembers null answers too, and forgets everything once the limit is reached', () => {
    const asked: string[] = [];
    const lookup = memo((key: string) => {
      asked.push(key);
      return key === 'none' ? null : key.length;
    }, 2);
    expect([lookup('none'), lookup('none'), lookup('ab'), lookup('ab')]).toEqual([null, null, 2, 2]);
    expect(asked).toEqual(['none', 'ab']);
    // a third key clears the two remembered ones
    lookup('abc');
    lookup('none');
    expect(asked).toEqual(['none', 'ab', 'abc', 'none']);
  });
});
