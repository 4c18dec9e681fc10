import { loadGeo } from '@kizuna/geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataFile, TitlesFile } from '../../src/resources/data-files.js';
import { foldKeepLength } from '../../src/text/fold.js';
import { phraseMatcher } from '../../src/text/phrase-trie.js';
import { matchSpans, phrasesRegex } from './phrase-regex-oracle.js';

// the trie must find exactly what the phrase regex finds
const same = (phrases: string[], text: string) => {
  const folded = foldKeepLength(text);
  const found = phraseMatcher(phrases).find(text, folded);
  expect(found.map(({ phrase: _, ...span }) => span)).toEqual(matchSpans(text, folded, phrasesRegex(phrases)));
  // each hit names its phrase as the indexes key it: the folded match, whitespace runs as one space
  for (const hit of found) expect(hit.phrase).toBe(folded.slice(hit.start, hit.end).replace(/\s+/g, ' '));
};

const phrases = [
  'ha noi',
  'hanoi',
  'ha',
  'viet nam',
  'vietnam',
  'vietnamien',
  'premier ministre',
  'premier',
  'vice-premier ministre',
  'ministre',
  "cote d'ivoire",
  'etats-unis',
  'us',
  'new york',
  'new',
  'a.b.c',
  '(x)',
  'fin ',
  ' de',
  '1er',
];

describe('phraseMatcher', () => {
  it.each([
    'Le Premier ministre vietnamien a rencontré le vice-Premier ministre à Ha  Noi.',
    'Hanoi, Ha Noi, Hà Nội, HaNoi, ha, ha\u00a0noi',
    "La Côte d’Ivoire et la Côte d'Ivoire, pas Cote divoire.",
    'New York, New  York, newyork, New-York and the US, 1er 21er.',
    'A.B.C (x) a.b.cd premier-ministre vietnamiennes vietnamienne.',
    'fin  de fin  x fin x finx 𝐀ha ha𝐀 de de',
  ])('finds what the regex finds in %j', (text) => {
    same(phrases, text);
  });

  it('finds what the regex finds in random text', () => {
    const piece = fc.constantFrom(...phrases, ' ', '  ', '\n', "'", '’', 'x', 'é', '2', '-', '.', 'Ha', 'NOI', '𝐀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        same(phrases, parts.join(''));
      }),
      { numRuns: 400 },
    );
  });

  it('finds what the regex finds with the real title and place lists', async () => {
    const titles = await readDataFile('titles.json', TitlesFile);
    // the free geo forms: the regex oracle over all 26,000 would take seconds to compile
    const geo = loadGeo()
      .phrases()
      .filter((p) => p.guard === 'free');
    const all = [...titles.titles.map((t) => foldKeepLength(t.text)), ...geo.map((p) => foldKeepLength(p.text))];
    same(
      all,
      "Le vice-ministre de la Défense nationale, le général Hoàng Xuân Chiến, a reçu à Hà Nội l'ambassadeur du Japon. " +
        'Japanese Prime Minister Kishida Fumio met Vietnamese President Vo Van Thuong in Tokyo, Japan, and the U.S. envoy.',
    );
  });
});
