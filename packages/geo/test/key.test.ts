import { describe, expect, it } from 'vitest';
import { geoKey, withoutArticle } from '../src/index.js';

describe('geoKey', () => {
  it.each([
    ['États-Unis', 'etats unis'],
    ['Etats Unis', 'etats unis'],
    ['U.S.', 'us'],
    ['U.S.A.', 'usa'],
    ['Washington, D.C.', 'washington dc'],
    ['Nuku‘alofa', "nuku'alofa"],
    ['Tromsø', 'tromso'],
    ['Wrocław', 'wroclaw'],
    ['Hà Nội', 'ha noi'],
    ['Tokyo', 'tokyo'],
  ])('%s → %s', (text, key) => {
    expect(geoKey(text)).toBe(key);
  });

  it('drops a leading article only when asked (country names)', () => {
    expect(geoKey('La Haye')).toBe('la haye');
    expect(withoutArticle(geoKey('les États-Unis'))).toBe('etats unis');
    expect(withoutArticle(geoKey("l'Inde"))).toBe('inde');
    expect(withoutArticle(geoKey('the Netherlands'))).toBe('netherlands');
  });
});
