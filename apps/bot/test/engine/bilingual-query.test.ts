import { mergeCorpus } from '@kizuna/model';
import { analyze, analyzeQuery, translateTerms } from '@kizuna/search';
import { describe, expect, it } from 'vitest';
import { QueryEngine } from '../../src/engine/index.js';
import { fixtureArticles } from '../support/fixture-corpus.js';

const engine = new QueryEngine(mergeCorpus(fixtureArticles()));
const found = (q: string) => {
  const r = engine.findMeeting(q);
  return r.kind === 'found' ? r.best.id : null;
};

describe('a question in one language finds sources in the other', () => {
  it('finds the French sentence for an English word and keeps the quote in French', () => {
    const hit = engine.search('demining')[0];
    expect(hit?.quote.text).toContain('déminage');
    expect(hit?.quote.text).not.toContain('demining');
  });

  it.each([
    ['demining', 'vn-in-2plus2-1'],
    ['deputy ministers foreign affairs', 'vn-in-2plus2-1'],
    ['sommet annuel', 'jp-ph-summit-10'],
    ['signature accord', 'jp-ph-summit-10'],
  ])('/meeting %s → %s', (q, id) => {
    expect(found(q)).toBe(id);
  });
});

describe('translateTerms', () => {
  it('adds the other language as alternatives of the same word, both ways', () => {
    const [summit] = analyzeQuery('summit');
    const [sommet] = analyze('sommet');
    expect(summit).toEqual(expect.arrayContaining([...(sommet ?? [])]));
    const [deminage] = analyzeQuery('déminage');
    expect(deminage).toEqual(expect.arrayContaining([...(analyze('demining')[0] ?? [])]));
  });

  it('matches phrases as a whole: every word of "phone call" may be met by "entretien téléphonique"', () => {
    const terms = analyzeQuery('phone call');
    const target = analyze('entretien téléphonique').flat();
    expect(terms).toHaveLength(2);
    for (const term of terms) expect(term).toEqual(expect.arrayContaining(target));
  });

  it('keeps the number of words, ordinals and words outside the table as they are', () => {
    const plain = analyze('dixième Hanoi 2+2');
    expect(translateTerms(plain)).toEqual(plain);
    expect(analyzeQuery('dixième sommet')[0]).toEqual(['#10']);
  });
});

describe('countries from @kizuna/geo', () => {
  it.each([
    ['Japon', 'JP'],
    ['Japan', 'JP'],
    ['japonais', 'JP'],
    ['Japanese', 'JP'],
    ['Philippines', 'PH'],
    ['philippin', 'PH'],
  ])('%s → %s', (typed, code) => {
    expect(engine.resolveCountry(typed)).toBe(code);
  });
});
