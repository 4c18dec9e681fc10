import { describe, expect, it } from 'vitest';
import { identityText, normalise } from '../../../src/stages/normalise/normalise.js';

describe('normalise', () => {
  it.each([
    ['CRLF and CR line endings', 'a\r\nb\rc', 'a\nb\nc'],
    ['decomposed accents to NFC', 'e\u0301te\u0301', 'été'],
    ['no-break and thin spaces', 'Photo\u00a0: VNA\u202f!', 'Photo : VNA !'],
    ['repeated spaces and tabs', 'le  Japon\t\tet', 'le Japon et'],
    ['spaces at line ends', '  titre  \n  corps ', 'titre\ncorps'],
    ['zero-width characters and soft hyphens', 'coo\u00adpé\u200bration\ufeff', 'coopération'],
    ['control characters', 'a\u0007b\u001bc', 'abc'],
    ['quotes and dashes stay as written', '« Vision » – “x” l’un', '« Vision » – “x” l’un'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('gives the same identity text whatever the spacing', () => {
    expect(identityText('Le  Japon\r\n\r\net le\u00a0Vietnam ')).toBe(identityText('Le Japon\n\n\net le Vietnam'));
  });
});
