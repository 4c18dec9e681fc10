import { describe, expect, it } from 'vitest';
import { datelinePlace, findPlaces } from '../../../src/stages/places/find-places.js';
import { resources } from '../../support/resources.js';

const { gazetteer } = resources;
const placesOf = (text: string) => findPlaces(text, gazetteer).map((p) => [p.text, p.place.country, p.level]);

describe('places from @kizuna/geo', () => {
  it.each([
    ['Les deux ministres se sont entretenus à Pékin.', [['Pékin', 'CN', 'city']]],
    ['The ministers met in Beijing on Monday.', [['Beijing', 'CN', 'city']]],
    // a small city that is also a word counts only after a place word
    ['Nice weather greeted the delegation in Hanoi.', [['Hanoi', 'VN', 'city']]],
    ['Le sommet s’est ouvert à Nice.', [['Nice', 'FR', 'city']]],
    // a city name followed by a capitalised word is part of a name, not a place
    ['He met Kano Koji in Osaka.', [['Osaka', 'JP', 'city']]],
    // a building named after its city is a place only when said to be the place
    ['They laid a wreath at the Ho Chi Minh Mausoleum.', []],
    ['The leaders met at the Bogor Palace.', [['Bogor', 'ID', 'city']]],
    ['Le conseil s’est réuni au château de Meseberg.', [['Meseberg', 'DE', 'city']]],
    ['They were received at the presidential palace of Carthage.', [['Carthage', 'TN', 'city']]],
    ['Les délégations se sont réunies au Japon.', [['Japon', 'JP', 'country']]],
    // a city named in another context: something to come, a subject discussed (issue 12, class 10)
    ['Une conférence sur la migration se tiendrait à Rome dimanche prochain.', []],
    ['Le chef de la diplomatie est attendu à Pékin le mois prochain.', []],
    ['The talks covered the Indo-Pacific and the conflict in Gaza.', []],
    ['They met in Hanoi, where India would open a consulate in Da Nang.', [['Hanoi', 'VN', 'city']]],
    // a seat of power written instead of its city
    ["Emmanuel Macron a reçu lundi à l'Élysée le président chinois.", [["l'Élysée", 'FR', 'city']]],
    ['The leaders signed the declaration at the White House.', [['the White House', 'US', 'city']]],
    ['The Kremlin said the call was useful.', []],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it('reads a dateline by its position, whatever the guard of its name', () => {
    expect(datelinePlace('HANOI', gazetteer)).toEqual({ name: 'Hanoi', country: 'VN' });
    expect(datelinePlace('Pékin', gazetteer)).toEqual({ name: 'Beijing', country: 'CN' });
    expect(datelinePlace('Nowhere Town', gazetteer)).toBeNull();
  });

  it('reads a country from its name or demonym, and short words only in capitals', () => {
    expect(gazetteer.countryOf('japonaises')).toBe('JP');
    expect(gazetteer.countryOf('Corée du Sud')).toBe('KR');
    expect(gazetteer.countryOf('US')).toBe('US');
    expect(gazetteer.countryOf('us')).toBeNull();
  });
});
