import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeJoined } from '../src/analysis/analyze.js';
import { ordinalValue } from '../src/analysis/ordinals.js';

const shares = (a: string, b: string) => {
  const left = analyze(a).flat();
  return analyze(b).every((term) => term.some((t) => left.includes(t)));
};

describe('analyze', () => {
  it.each([
    ["l'ASEAN", 'ASEAN'],
    ['l’ASEAN', 'asean'],
    ["qu'entretiens", 'entretien'],
    ["d'Hanoï", 'hanoi'],
    ['coprésidée', 'coprésidé'],
    ['délégations japonaises', 'délégation japonaise'],
    ['DÉFENSE', 'defense'],
    ['Đà Nẵng', 'da nang'],
    ['Œuvre', 'oeuvre'],
    ['meetings', 'meeting'],
    ["Japan's minister", 'japan'],
    ['vice-ministres', 'vice-ministre'],
    ['vice-ministre', 'ministre'],
    ['Việt Nam', 'Vietnam'],
  ])('%s matches %s', (doc, query) => {
    expect(shares(doc, query)).toBe(true);
  });

  it.each([
    ['10e', 10],
    ['10ème', 10],
    ['dixième', 10],
    ['10th', 10],
    ['tenth', 10],
    ['premier', 1],
    ['première', 1],
    ['1er', 1],
    ['first', 1],
    ['13e', 13],
    ['2nd', 2],
  ])('reads the ordinal %s as %i', (word, n) => {
    expect(analyze(`${word} dialogue`)[0]).toEqual([`#${n}`]);
  });

  it('does not read "Premier ministre" or "Prime Minister" first as ordinals', () => {
    expect(analyze('Premier ministre').flat()).not.toContain('#1');
    expect(analyze('premier dialogue').flat()).toContain('#1');
  });

  it('keeps 2+2 whole however it is spaced', () => {
    expect(analyze('dialogue 2+2')).toContainEqual(['2+2']);
    expect(analyze('dialogue 2 + 2')).toContainEqual(['2+2']);
    expect(analyze('two-plus-two dialogue')).toContainEqual(['2+2']);
    expect(analyze('dialogue deux plus deux')).toContainEqual(['2+2']);
  });

  it('drops French and English stopwords but keeps aujourd’hui', () => {
    expect(analyze('le la les de du des the of and')).toEqual([]);
    expect(analyze('aujourd’hui')).toEqual([["aujourd'hui"]]);
  });

  it('reads nothing that is not an ordinal as one', () => {
    expect(ordinalValue('dialogue')).toBeNull();
    expect(ordinalValue('0e')).toBeNull();
  });
});

describe('analyzeJoined', () => {
  it('reads pieces as analyze reads them joined, ordinals and 2+2 across the joins included', () => {
    const word = fc.constantFrom(
      'premier',
      'Premier',
      'ministre',
      'Minister',
      'first',
      '10e',
      'dialogue',
      'Hanoï',
      '2',
      '+',
      'plus',
      'two',
      'deux',
      'de',
      "l'ASEAN",
      'vice-ministre',
      '',
    );
    const piece = fc.array(word, { maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        expect(analyzeJoined(pieces)).toEqual(analyze(pieces.join(' \n ')));
      }),
    );
  });
});
