import { describe, expect, it } from 'vitest';
import { foldText, personKey } from '../src/index.js';

describe('personKey', () => {
  it.each([
    ['Hoàng Xuân Chiến', 'Hoang Xuan Chien'],
    ['HoàngXuân Chiên', 'Hoang Xuan Chien'],
    ['Kishida Fumio', 'Fumio Kishida'],
    ['NGUYỄN PHÚ TRỌNG', 'nguyen phu trong'],
    ['Đỗ Hùng Việt', 'Do Hung Viet'],
    ['Nguyên Chi Vinh', 'Nguyen  Chi   Vinh'],
    ['Jean-Yves Le Drian', 'Le Drian Jean Yves'],
  ])('%s and %s are one person', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  it.each([
    ['Nguyen Minh Vu', 'Nguyen Chi Vinh'],
    ['Kishida Fumio', 'Kishida'],
  ])('%s and %s are not', (a, b) => {
    expect(personKey(a)).not.toBe(personKey(b));
  });

  it('folds œ, æ and decomposed input', () => {
    expect(foldText('Œuvre Cæsar')).toBe('oeuvre caesar');
    expect(foldText('Chie\u0302\u0301n')).toBe('chien');
  });
});
