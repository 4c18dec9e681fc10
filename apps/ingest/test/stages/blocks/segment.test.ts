import { describe, expect, it } from 'vitest';
import { segment, unglueCredits } from '../../../src/stages/blocks/segment.js';

describe('segment', () => {
  it('makes one block per non-empty line and records paragraph breaks', () => {
    expect(segment('Titre\n\n\nLigne un\nLigne deux\n\nFin')).toEqual([
      { text: 'Titre', index: 0, blankBefore: true },
      { text: 'Ligne un', index: 1, blankBefore: true },
      { text: 'Ligne deux', index: 2, blankBefore: false },
      { text: 'Fin', index: 3, blankBefore: true },
    ]);
  });

  it('joins a line that continues the one above it (hard wraps, headings on two lines)', () => {
    expect(segment('Les deux ministres ont\nsigné un accord.\nLe Japon\nEt la suite.').map((b) => b.text)).toEqual([
      'Les deux ministres ont signé un accord.',
      'Le Japon',
      'Et la suite.',
    ]);
  });
});

describe('unglueCredits', () => {
  it.each([
    [
      'Le ministre à Hanoï. Photo : VNALe Japon est un partenaire.',
      'Le ministre à Hanoï. Photo : VNA\nLe Japon est un partenaire.',
    ],
    ['Leaders meet. Photo: ReutersThe talks began.', 'Leaders meet. Photo: Reuters\nThe talks began.'],
    ['Photo : VNA', 'Photo : VNA'],
    ['Photo : Nguyen Van A/VNA', 'Photo : Nguyen Van A/VNA'],
  ])('%s', (input, expected) => {
    expect(unglueCredits(input)).toBe(expected);
  });
});
