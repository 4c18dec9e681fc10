import { describe, expect, it } from 'vitest';
import { foldKeepLength } from '../../src/text/fold.js';

describe('foldKeepLength', () => {
  it.each([
    ['Hà Nội', 'ha noi'],
    ['Premier Ministre', 'premier ministre'],
    ['Œuvre cœur', 'œuvre cœur'],
    ['d’Ivoire l\u02bcAsie', "d'ivoire l'asie"],
    ['Đà Nẵng ĐÀ', 'da nang da'],
    ['Straße', 'straße'],
    ['x😀y', 'x😀y'],
    ['TAB\tÉté\n', 'tab\tete\n'],
  ])('%j → %j', (text, folded) => {
    expect(foldKeepLength(text)).toBe(folded);
    expect(foldKeepLength(text)).toHaveLength(text.length);
  });
});
