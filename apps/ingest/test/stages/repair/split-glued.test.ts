import { describe, expect, it } from 'vitest';
import { functionWords } from '../../../src/stages/repair/function-words.js';
import { repairText, tokenCounts } from '../../../src/stages/repair/repair-text.js';
import { splitGlued } from '../../../src/stages/repair/split-glued.js';
import { unglueSentences } from '../../../src/stages/repair/unglue-sentences.js';
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

describe('names and the other language are never split', () => {
  const withForeign = (language: 'fr' | 'en') => {
    const other = resources.dictionary(language === 'fr' ? 'en' : 'fr');
    return { ...ctx(language), isForeignWord: (w: string) => other?.has(w) ?? false };
  };
  it.each([
    // a capitalised word after a first name is the surname's next part
    ['Le ministre Pascal Lebrun a parlé.', 'fr'],
    ['La conseillère Anne Grandjean est venue.', 'fr'],
    ['Minister Alan Theroux spoke on Monday.', 'en'],
    // a word of the other language quoted in the article
    ['Le slogan « stronger together » est resté.', 'fr'],
    ['Les participants ont parlé de « nation building ».', 'fr'],
  ] as const)('%s', (text, language) => {
    expect(repairText(text, withForeign(language)).repairs).toEqual([]);
  });
  it('still splits a name glued to the next word when the article writes the name alone', () => {
    const c = { ...ctx('en', 'Nguyen Lien spoke. Lien agreed.'), isForeignWord: () => false };
    expect(repairText('Minister Nguyen Liensaid so.', c).text).toBe('Minister Nguyen Lien said so.');
  });
});

describe('unglueSentences', () => {
  it.each([
    ['Les deux pays ont signé.Avec cet accord, tout change.', 'Les deux pays ont signé. Avec cet accord, tout change.'],
    ['Independence came in 1963.Later, ties grew.', 'Independence came in 1963. Later, ties grew.'],
    ['The bloc (ECOWAS.Its leaders met.)', 'The bloc (ECOWAS. Its leaders met.)'],
    // initials, abbreviations with stops, domains, decimals and brands stay as written
    ['S.Jaishankar met U.S.Secretary Blinken.', 'S.Jaishankar met U.S.Secretary Blinken.'],
    ['See example.com or growth of 3.5 per cent on ASP.NET.', 'See example.com or growth of 3.5 per cent on ASP.NET.'],
  ])('%s', (text, expected) => {
    const r = unglueSentences(text);
    expect(r.text).toBe(expected);
    for (const rep of r.repairs) expect(r.text.slice(rep.start, rep.start + rep.to.length)).toBe(rep.to);
  });
});
