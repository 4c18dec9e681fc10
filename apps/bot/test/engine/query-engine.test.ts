import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { QueryEngine } from '../../src/engine/index.js';
import { buildArticle, date } from '../support/article-builder.js';
import { fixtureArticles, manyMeetings } from '../support/fixture-corpus.js';

const engine = new QueryEngine(mergeCorpus(fixtureArticles()));
const found = (q: string) => {
  const r = engine.findMeeting(q);
  return r.kind === 'found' ? r.best.id : null;
};

describe('findMeeting', () => {
  it.each([
    ['2+2', 'vn-in-2plus2-1'],
    ['2 + 2', 'vn-in-2plus2-1'],
    ['dialogue 2+2 Vietnam Inde', 'vn-in-2plus2-1'],
    ['premier dialogue Inde', 'vn-in-2plus2-1'],
    ['New Delhi', 'vn-in-2plus2-1'],
    ['Tran Quoc Binh', 'vn-in-2plus2-1'],
    ['tenth summit', 'jp-ph-summit-10'],
    ['10th summit', 'jp-ph-summit-10'],
    ['10e sommet', 'jp-ph-summit-10'],
    ['dixième sommet Japon Philippines', 'jp-ph-summit-10'],
    ['summit 2024', 'jp-ph-summit-10'],
    ['entretien téléphonique Sato', 'vn-jp-call-2024-02-09'],
    ['phone call Pham Van Duc', 'vn-jp-call-2024-02-09'],
    ['4e dialogue politique de défense', 'vn-au-defence-dialogue-4'],
    ['quatrième dialogue sur la politique de défense', 'vn-au-defence-dialogue-4'],
    ['3rd defence policy dialogue Canberra', 'vn-au-defence-dialogue-3'],
    ['vn-au-defence-dialogue-3', 'vn-au-defence-dialogue-3'],
  ])('%s → %s', (q, id) => {
    expect(found(q)).toBe(id);
  });

  it('reports near-equal meetings as rivals instead of hiding them', () => {
    const r = engine.findMeeting('dialogue politique de défense Vietnam Australie');
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    expect([r.best.id, ...r.rivals.map((e) => e.id)].sort()).toEqual([
      'vn-au-defence-dialogue-3',
      'vn-au-defence-dialogue-4',
    ]);
  });

  it('shows a meeting an article reports twice once, choosing the fuller report', () => {
    const twice = buildArticle({
      id: 'twice',
      paragraphs: [
        ['The 5th border talks opened on March 3, 2024 in Hanoi.', 'The 5th border talks ended on 3 March.'],
      ],
      events: [
        { id: 'a', kind: 'talks', name: '5th border talks', ordinal: 5, date: date('--03-03'), evidence: ['ended'] },
        {
          id: 'b',
          kind: 'talks',
          name: '5th Border Talks',
          ordinal: 5,
          date: date('2024-03-03'),
          evidence: ['opened'],
        },
      ],
    });
    const r = new QueryEngine(mergeCorpus([twice])).findMeeting('border talks');
    expect(r.kind === 'found' && { best: r.best.id, rivals: r.rivals.length }).toEqual({ best: 'b', rivals: 0 });
  });

  it('finds nothing for unknown words', () => {
    expect(engine.findMeeting('xyzzy plugh').kind).toBe('none');
  });

  it('suggests close names for a typo', () => {
    const r = engine.findMeeting('sumit');
    const suggestions = r.kind === 'none' ? r.suggestions : [];
    expect(r.kind === 'found' || suggestions.some((s) => s.includes('summit'))).toBe(true);
  });
});

describe('facts', () => {
  it('files a fact under the merged meeting even when its article is not the first to report it', () => {
    const report = (id: string, withFact: boolean) =>
      buildArticle({
        id,
        paragraphs: [['The 9th river commission met in Vientiane.', 'Both sides agreed to share flood data.']],
        events: [
          {
            id: `${id}-e1`,
            kind: 'meeting',
            name: '9th river commission meeting',
            ordinal: 9,
            series: 'river commission',
            evidence: ['The 9th river commission met'],
          },
        ],
        facts: withFact
          ? [
              {
                about: `${id}-e1`,
                kind: 'outcome',
                text: 'flood data',
                quote: 'Both sides agreed to share flood data.',
              },
            ]
          : [],
      });
    const e = new QueryEngine(mergeCorpus([report('a-first', false), report('b-second', true)]));
    expect(e.corpus.events).toHaveLength(1);
    const [event] = e.corpus.events;
    expect(e.factsAboutEvent(event?.id ?? '').map((f) => f.article.id)).toEqual(['b-second']);
  });
});

describe('findPerson', () => {
  it.each([
    ['Trần Quốc Bình', 'binh-quoc-tran'],
    ['Tran Quoc Binh', 'binh-quoc-tran'],
    ['Binh Tran Quoc', 'binh-quoc-tran'],
    ['TRAN', 'binh-quoc-tran'],
    ['Pham Van Duc', 'duc-pham-van'],
    ['Santos', 'maria-santos'],
    ['Clark', 'clarke-daniel'],
  ])('%s → %s', (q, key) => {
    const r = engine.findPerson(q);
    expect(r.kind === 'found' ? r.best.key : null).toBe(key);
  });

  it('folds a surname-only mention into the one fuller name', () => {
    const r = engine.findPerson('Sato');
    expect(r.kind === 'found' ? r.best.keys.sort() : []).toEqual(['haruto-sato', 'sato']);
    if (r.kind === 'found') expect(r.best.events.length).toBe(2);
  });

  it('shows the shortest full name when a fuller one carries a stray word', () => {
    const article = buildArticle({
      id: 'stray-word',
      paragraphs: [['Office Ken Mori spoke.', 'Office Ken Mori left.', 'Then Ken Mori came back.']],
      people: [
        { name: 'Office Ken Mori', at: 'Office Ken Mori spoke' },
        { name: 'Office Ken Mori', at: 'Office Ken Mori left' },
        { name: 'Ken Mori', at: 'Ken Mori came' },
      ],
    });
    const r = new QueryEngine(mergeCorpus([article])).findPerson('Mori');
    expect(r.kind === 'found' && { name: r.best.name, mentions: r.best.mentions.length }).toEqual({
      name: 'Ken Mori',
      mentions: 3,
    });
  });

  it('keeps a surname shared by two people apart and reports both', () => {
    const twins = buildArticle({
      id: 'two-nguyens',
      paragraphs: [['Nguyen Van A and Nguyen Thi B met.']],
      people: [
        { name: 'Nguyen Van A', at: 'Nguyen Van A' },
        { name: 'Nguyen Thi B', at: 'Nguyen Thi B' },
        { name: 'Nguyen', at: 'Nguyen Thi' },
      ],
    });
    const e = new QueryEngine(mergeCorpus([twins]));
    const r = e.findPerson('Nguyen');
    expect(r.kind).toBe('found');
    if (r.kind === 'found') expect(r.rivals.length).toBeGreaterThan(0);
  });

  it('suggests nothing wrong for an unknown name', () => {
    expect(engine.findPerson('Zzyzx Qwerty').kind).toBe('none');
  });
});

describe('search', () => {
  it('finds a sentence through elision, accents and stems', () => {
    expect(engine.search('deminage')[0]?.quote.text).toContain('déminage');
    expect(engine.search('qui a coprésidé la délégation indienne')[0]?.quote.text).toContain('coprésidée');
    expect(engine.search('sign agreements')[0]?.quote.text).toContain('signed a reciprocal access agreement');
  });

  it('quotes exactly the body at the offsets', () => {
    for (const hit of engine.search('coopération')) {
      expect(hit.quote.article.body.slice(hit.quote.source.start, hit.quote.source.end)).toBe(hit.quote.text);
    }
  });

  it('finds nothing for words no article has', () => {
    expect(engine.search('xyzzy')).toEqual([]);
    expect(engine.search('le la les')).toEqual([]);
  });
});

describe('timeline', () => {
  it('orders dated meetings first, then year-unknown ones, then undated', () => {
    const undated = buildArticle({
      id: 'undated',
      paragraphs: [['A courtesy call took place.']],
      events: [{ id: 'undated-call', kind: 'reception', name: 'courtesy call', evidence: ['A courtesy call'] }],
    });
    const e = new QueryEngine(mergeCorpus([...fixtureArticles(), undated]));
    expect(e.timeline({}).events.map((x) => x.id)).toEqual([
      'vn-au-defence-dialogue-3',
      'vn-au-defence-dialogue-4',
      'vn-jp-call-2024-02-09',
      'jp-ph-summit-10',
      'ch-signing-2025',
      'vn-in-2plus2-1',
      'undated-call',
    ]);
  });

  it('filters by years and country, counting meetings whose year is unknown', () => {
    const t = engine.timeline({ from: '2023', to: '2024', country: 'JP' });
    expect(t.events.map((e) => e.id)).toEqual(['vn-jp-call-2024-02-09', 'jp-ph-summit-10']);
    expect(t.yearUnknown).toBe(0);
    const all = engine.timeline({ from: '2023-06', to: '2024-03' });
    expect(all.events.map((e) => e.id)).toEqual(['vn-au-defence-dialogue-4', 'vn-jp-call-2024-02-09']);
    expect(all.yearUnknown).toBe(1);
    expect(engine.timeline({ country: 'AU' }).events).toHaveLength(2);
  });

  it('resolves country names in French, English and as codes', () => {
    expect(engine.resolveCountry('Japon')).toBe('JP');
    expect(engine.resolveCountry('japan')).toBe('JP');
    expect(engine.resolveCountry('Viêt Nam')).toBe('VN');
    expect(engine.resolveCountry('vietnam')).toBe('VN');
    expect(engine.resolveCountry('jp')).toBe('JP');
    expect(engine.resolveCountry('Atlantis')).toBeNull();
  });
});

// the limits the bot passes: Discord's (core/discord-limits.ts)
const limits = { count: 25, length: 100 };

describe('autocomplete', () => {
  it('matches prefixes and one typo, at most 25 choices of at most 100 characters', () => {
    expect(engine.completeMeetings('dialog', limits).map((c) => c.value)).toContain('vn-au-defence-dialogue-4');
    expect(engine.completeMeetings('diaolgue', limits).map((c) => c.value)).toContain('vn-au-defence-dialogue-4');
    expect(engine.completeMeetings('2+2', limits).map((c) => c.value)).toEqual(['vn-in-2plus2-1']);
    expect(engine.completePeople('sato', limits)[0]?.value).toBe('haruto-sato');
    expect(engine.completePeople('snatos', limits).map((c) => c.value)).toContain('maria-santos');
    expect(engine.completeCountries('jap', limits, (code) => `name of ${code}`)).toEqual([
      { name: 'name of JP', value: 'JP' },
    ]);
  });

  it('offers the latest dated meetings first when nothing is typed', () => {
    expect(engine.completeMeetings('', limits).map((c) => c.value)).toEqual([
      'ch-signing-2025',
      'jp-ph-summit-10',
      'vn-jp-call-2024-02-09',
      'vn-au-defence-dialogue-4',
      'vn-au-defence-dialogue-3',
      'vn-in-2plus2-1',
    ]);
  });

  it('never offers more than 25 choices, each within Discord limits', () => {
    const many = manyMeetings(40);
    const e = new QueryEngine(mergeCorpus(many));
    for (const typed of ['', 'meet', 'meeting long']) {
      const choices = e.completeMeetings(typed, limits);
      expect(choices.length).toBe(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(String(c.value).length).toBeLessThanOrEqual(100);
      }
    }
  });
});
