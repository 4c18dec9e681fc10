import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { QueryEngine } from '../../src/engine/index.js';
import { buildArticle, date } from '../support/article-builder.js';
import { fixtureArticles } from '../support/fixture-corpus.js';

/** An English report of another pair's 2+2, so that "2+2" names two meetings. */
const japanIndia2plus2 = () =>
  buildArticle({
    id: 'en-jp-in-2plus2',
    language: 'en',
    title: 'Japan and India hold second 2+2 meeting',
    publisher: 'Harbour Review',
    url: 'https://harbour-review.example/2plus2',
    paragraphs: [['Japan and India held their second 2+2 ministerial meeting in Tokyo on September 8, 2022.']],
    people: [],
    events: [
      {
        id: 'jp-in-2plus2-2',
        kind: 'ministerial_meeting',
        name: 'second Japan-India 2+2 ministerial meeting',
        aliases: ['2+2'],
        ordinal: 2,
        series: 'Japan-India 2+2',
        date: date('2022-09-08', 'September 8, 2022'),
        place: { name: 'Tokyo', country: 'JP' },
        participants: [],
        outcomes: [],
        evidence: ['held their second 2+2 ministerial meeting'],
      },
    ],
    facts: [],
  });

const engine = new QueryEngine(mergeCorpus([...fixtureArticles(), japanIndia2plus2()]));
const lookup = (q: string) => {
  const r = engine.findMeeting(q);
  if (r.kind !== 'found') throw new Error(`nothing found for ${q}`);
  return { ids: [r.best.id, ...r.rivals.map((e) => e.id)], unmet: r.unmet ?? [] };
};

describe('findMeeting says what it could not satisfy', () => {
  it('offers every meeting that goes by the same name', () => {
    expect(lookup('2+2').ids.sort()).toEqual(['jp-in-2plus2-2', 'vn-in-2plus2-1']);
  });

  it('names an edition no meeting of those words is, and offers candidates', () => {
    const r = lookup('5e sommet');
    expect(r.unmet).toEqual([{ kind: 'ordinal', value: 5 }]);
    expect(r.ids[0]).toBe('jp-ph-summit-10');
  });

  it('names a year and a country the best meeting does not have', () => {
    expect(lookup('tenth summit 2019').unmet).toEqual([{ kind: 'year', value: '2019' }]);
    expect(lookup('tenth summit Japon Australie').unmet).toEqual([{ kind: 'country', value: 'AU' }]);
  });

  it('says nothing when every part is satisfied', () => {
    expect(lookup('dixième sommet Japon 2024').unmet).toEqual([]);
    expect(lookup('dialogue 2+2 Vietnam-Inde').unmet).toEqual([]);
  });
});
