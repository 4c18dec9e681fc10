import { describe, expect, it } from 'vitest';
import { functionWords } from '../../../src/stages/repair/function-words.js';
import { repairText, tokenCounts } from '../../../src/stages/repair/repair-text.js';
import { splitGlued } from '../../../src/stages/repair/split-glued.js';
import { resources } from '../../support/resources.js';

function ctx(language: 'fr' | 'en', article = '') {
  const dictionary = resources.dictionary(language);
  if (!dictionary) throw new Error('no dictionary');
  return {
    isWord: (w: string) => dictionary.has(w),
    functionWords: functionWords(language),
    articleCounts: tokenCounts(article),
  };
}

describe('splitGlued (French)', { timeout: 30_000 }, () => {
  const fr = ctx('fr', 'Tanaka Hiroshi a parlé. M. Tanaka a salué Tanaka. Le port de Quy Nhon. desNations desNations');
  it.each([
    ['lapaix', 'la paix'],
    ['partenaires', null], // a word in the dictionary is never split
    ['desaccords', 'des accords'],
    ['renforcerleur', 'renforcer leur'],
    ['aprécisé', 'a précisé'],
    ['maritimeset', 'maritimes et'],
    ['TanakaHiroshi', 'Tanaka Hiroshi'],
    ['leGouvernement', 'le Gouvernement'],
    ['desNations', 'des Nations'], // even when the page repeats it
    ['Tanakaet', 'Tanaka et'],
    ['efforceront', null], // future tense, not "efforcer ont"
    ['proactivement', null], // prefix + word is one word
    ['Nhon', null],
    ['VnExpress', null], // a brand: no vowel in "Vn"
    ['ASEAN', null],
  ])('%s → %s', (token, expected) => {
    expect(splitGlued(token, fr)?.join(' ') ?? null).toBe(expected);
  });
});

describe('splitGlued (English)', () => {
  const en = ctx('en', 'Minister Okafor spoke. Okafor said so.');
  it.each([
    ['theharbour', 'the harbour'],
    ['Okaforsaid', 'Okafor said'],
    ['navalexercises', 'naval exercises'],
    ['overflight', null],
    ['Kamikawa', null],
  ])('%s → %s', (token, expected) => {
    expect(splitGlued(token, en)?.join(' ') ?? null).toBe(expected);
  });
});

describe('repairText', () => {
  it('records each repair at its offset in the repaired text', () => {
    const r = repairText("Il a soulignéque l'undes pays parl'entremise de Paris.", ctx('fr'));
    expect(r.text).toBe("Il a souligné que l'un des pays par l'entremise de Paris.");
    for (const rep of r.repairs) expect(r.text.slice(rep.start, rep.start + rep.to.length)).toBe(rep.to);
    expect(r.repairs.map((x) => x.from)).toEqual(['soulignéque', 'undes', 'parl']);
  });
  it('keeps aujourd’hui and clean text as they are', () => {
    const text = "Aujourd'hui, les deux pays ont signé l’accord de coopération à Hanoï.";
    expect(repairText(text, ctx('fr'))).toEqual({ text, repairs: [] });
  });
});
