import { describe, expect, it } from 'vitest';
import { loadGeo } from '../src/index.js';

const geo = loadGeo();

describe('countryByName', () => {
  it.each([
    ['Japon', 'JP'],
    ['Japan', 'JP'],
    ['the United States', 'US'],
    ['les États-Unis', 'US'],
    ['Etats Unis', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['Corée du Sud', 'KR'],
    ['la République de Corée', 'KR'],
    ['Republic of Korea', 'KR'],
    ['RPDC', 'KP'],
    ['Türkiye', 'TR'],
    ['Turquie', 'TR'],
    ['UAE', 'AE'],
    ['Émirats arabes unis', 'AE'],
    ['RDC', 'CD'],
    ['République démocratique du Congo', 'CD'],
    ['Viêt Nam', 'VN'],
    ['Royaume-Uni', 'GB'],
    ['Grande-Bretagne', 'GB'],
    ['Birmanie', 'MM'],
    ["Côte d'Ivoire", 'CI'],
    ["l'Inde", 'IN'],
    ['JP', 'JP'],
  ])('%s → %s', (name, code) => {
    expect(geo.countryByName(name)).toBe(code);
  });

  it.each(['Japonais', 'Tokyo', 'Island', 'Mann', 'XX', ''])('%s is no country name', (name) => {
    expect(geo.countryByName(name)).toBeNull();
  });

  it('finds every country again from its display name in both languages', () => {
    const lost = geo
      .countryCodes()
      .flatMap((code) => (['fr', 'en'] as const).map((lang) => [code, geo.countryName(code, lang)] as const))
      .filter(([code, name]) => geo.countryByName(name) !== code);
    expect(lost).toEqual([]);
  });
});

describe('countryName', () => {
  it.each([
    ['JP', 'Japon', 'Japan'],
    ['VN', 'Vietnam', 'Vietnam'],
    ['KR', 'Corée du Sud', 'South Korea'],
    ['US', 'États-Unis', 'United States'],
    ['SA', 'Arabie saoudite', 'Saudi Arabia'],
    ['CD', 'République démocratique du Congo', 'DR Congo'],
  ])('%s → %s / %s', (code, fr, en) => {
    expect([geo.countryName(code, 'fr'), geo.countryName(code, 'en')]).toEqual([fr, en]);
  });

  it('gives an unknown code back', () => {
    expect(geo.countryName('XX', 'fr')).toBe('XX');
  });

  it('gives every form of a country, for a search index', () => {
    const kr = geo.country('KR');
    expect(kr?.names).toEqual(expect.arrayContaining(['Corée du Sud', 'South Korea', 'République de Corée']));
    expect(kr?.demonyms.fr).toEqual(expect.arrayContaining(['sud-coréen', 'sud-coréennes']));
    expect(kr?.acronyms).toContain('ROK');
    expect(geo.country('XX')).toBeNull();
  });
});

describe('countryByDemonym', () => {
  it.each([
    ['japonaise', 'JP'],
    ['japonais', 'JP'],
    ['Japonaises', 'JP'],
    ['Japanese', 'JP'],
    ['nippone', 'JP'],
    ['sud-coréennes', 'KR'],
    ['coréen', 'KR'],
    ['nord-coréens', 'KP'],
    ['Indonesian', 'ID'],
    ['Filipino', 'PH'],
    ['Filipinos', 'PH'],
    ['Philippine', 'PH'],
    ['philippins', 'PH'],
    ['britannique', 'GB'],
    ['Britons', 'GB'],
    ['Emirati', 'AE'],
    ['émiraties', 'AE'],
    ['saoudien', 'SA'],
    ['Saudis', 'SA'],
    ['French', 'FR'],
    ['Congolese', 'CD'],
    ['Dominican', 'DO'],
    ['American', 'US'],
    ['sino', 'CN'],
    ['vietnamo', 'VN'],
  ])('%s → %s', (word, code) => {
    expect(geo.countryByDemonym(word)).toBe(code);
  });

  it.each(['Japon', 'Paris', 'ministre'])('%s is no demonym', (word) => {
    expect(geo.countryByDemonym(word)).toBeNull();
  });
});
