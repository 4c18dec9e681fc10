import { describe, expect, it } from 'vitest';
import { englishForms, englishPlural, frenchFeminine, frenchForms } from '../scripts/build/demonym-forms.js';

describe('French demonym forms', () => {
  it.each([
    ['Français', 'Française', ['français', 'française', 'françaises']],
    ['Coréen', 'Coréenne', ['coréen', 'coréenne', 'coréens', 'coréennes']],
    ['Sud-coréen', 'Sud-coréenne', ['sud-coréen', 'sud-coréenne', 'sud-coréens', 'sud-coréennes']],
    ['Turc', 'Turque', ['turc', 'turque', 'turcs', 'turques']],
    ['Belge', 'Belge', ['belge', 'belges']],
    ['Japonais', 'Japonaise', ['japonais', 'japonaise', 'japonaises']],
  ])('%s / %s → every gender and number', (m, f, forms) => {
    expect(frenchForms(m, f)).toEqual(forms);
  });

  it('derives a missing feminine by the regular rules', () => {
    expect(frenchForms('Mahorais', '')).toEqual(['mahorais', 'mahoraise', 'mahoraises']);
    expect([
      frenchFeminine('coréen'),
      frenchFeminine('breton'),
      frenchFeminine('turc'),
      frenchFeminine('russe'),
    ]).toEqual(['coréenne', 'bretonne', 'turque', 'russe']);
  });

  it('gives nothing for an entry joining two peoples', () => {
    expect(frenchForms('Antiguais et barbudien', 'Antiguaise et barbudienne')).toEqual([]);
  });
});

describe('English demonym forms', () => {
  it.each([
    ['Filipino', 'Filipinos'],
    ['Saudi', 'Saudis'],
    ['Czech', 'Czechs'],
    ['Japanese', null],
    ['French', null],
    ['Dutch', null],
    ['Swiss', null],
    ['British', null],
    ['Malagasy', null],
  ])('the plural of %s is %s', (word, plural) => {
    expect(englishPlural(word)).toBe(plural);
  });

  it('splits entries listing several peoples', () => {
    expect(englishForms('Bosnian, Herzegovinian')).toEqual(['Bosnian', 'Bosnians', 'Herzegovinian', 'Herzegovinians']);
    expect(englishForms('Kittitian or Nevisian')).toEqual(['Kittitian', 'Kittitians', 'Nevisian', 'Nevisians']);
  });
});
