import { describe, expect, it } from 'vitest';
import { type Article, Corpus, type DateRef, type Event, mergeCorpus, personKey, sameMeeting } from '../src/index.js';
import { validArticle } from './fixtures.js';

/** The fixture article under another id, with its own events and people. */
function article(
  id: string,
  events: Partial<Event>[],
  people: { name: string; role: string | null; country?: string | null }[] = [],
): Article {
  const base = JSON.parse(JSON.stringify(validArticle()).replaceAll('a1b2c3d4e5f6', id)) as Article;
  const template = base.events[0];
  const person = base.people[0];
  if (!template || !person) throw new Error('fixture changed: it needs one event and one person');
  return {
    ...base,
    facts: [],
    // a plain meeting unless the case says otherwise: no series, ordinal or alias to match on
    events: events.map((e, i) => ({
      ...template,
      id: `${id}-e${i + 1}`,
      series: null,
      ordinal: null,
      aliases: [],
      ...e,
    })),
    people: people.map((p) => ({
      ...person,
      name: p.name,
      key: personKey(p.name),
      role: p.role,
      ...(p.country !== undefined ? { country: p.country } : {}),
    })),
  };
}
const day = (iso: string, text = iso): DateRef =>
  iso.startsWith('--') ? { iso, text, year: 'unknown' } : { iso, text, year: 'stated' };
const who = (name: string, role: string | null = null, country: string | null = null) => ({
  name,
  key: personKey(name),
  role,
  country,
});

describe('sameMeeting', () => {
  const talks = (iso: string, names: string[], extra: Partial<Event> = {}): Event =>
    ({
      ...article('x', [{}]).events[0],
      kind: 'talks',
      series: null,
      ordinal: null,
      aliases: [],
      date: day(iso),
      participants: names.map((n) => who(n)),
      ...extra,
    }) as Event;

  it.each([
    [
      'same kind, same day, a shared participant',
      talks('2023-11-27', ['Fumio Kishida']),
      talks('2023-11-27', ['Kishida Fumio', 'Vo Van Thuong']),
      true,
    ],
    [
      'same day where one year is unknown',
      talks('--11-27', ['Vo Van Thuong']),
      talks('2023-11-27', ['Vo Van Thuong']),
      true,
    ],
    ['a different day', talks('2023-11-27', ['Vo Van Thuong']), talks('2023-11-28', ['Vo Van Thuong']), false],
    [
      'no participant in common',
      talks('2023-11-27', ['Vo Van Thuong']),
      talks('2023-11-27', ['Pham Minh Chinh']),
      false,
    ],
    [
      'a different kind',
      talks('2023-11-27', ['Vo Van Thuong']),
      talks('2023-11-27', ['Vo Van Thuong'], { kind: 'reception' }),
      false,
    ],
    ['only a month', talks('2023-11', ['Vo Van Thuong']), talks('2023-11', ['Vo Van Thuong']), false],
    [
      'same alias, same day, different kind and people',
      talks('2025-12-04', [], { aliases: ['2+2'], kind: 'dialogue' }),
      talks('2025-12-04', ['Kano Koji'], { aliases: ['(2 + 2)'], kind: 'meeting' }),
      true,
    ],
    [
      'same series and ordinal, worded differently, no date',
      talks('--11-29', [], {
        kind: 'dialogue',
        ordinal: 4,
        series: 'dialogue sur la politique de défense Vietnam-Japon',
      }),
      talks('2016-12-01', [], {
        kind: 'dialogue',
        ordinal: 4,
        series: 'Dialogue de politique de défense Vietnam-Japon',
      }),
      true,
    ],
    [
      'same series and ordinal, another pair of countries',
      talks('2016-12-01', [], {
        kind: 'dialogue',
        ordinal: 6,
        series: '2+2 dialogue of defence and foreign ministers',
        participants: [who('Phan Van Giang', null, 'VN'), who('Richard Marles', null, 'AU')],
      }),
      talks('2019-04-02', [], {
        kind: 'dialogue',
        ordinal: 6,
        series: '2+2 dialogue of defence and foreign ministers',
        participants: [who('Phan Van Giang', null, 'VN'), who('Sébastien Lecornu', null, 'FR')],
      }),
      false,
    ],
    [
      'same series and ordinal, countries with none in common',
      talks('2016-12-01', [], {
        kind: 'dialogue',
        ordinal: 6,
        series: '2+2 dialogue',
        participants: [who('Shin Won-sik', null, 'KR'), who('Enrique Manalo', null, 'PH')],
      }),
      talks('2016-12-01', [], {
        kind: 'dialogue',
        ordinal: 6,
        series: '2+2 dialogue',
        participants: [who('Phan Van Giang', null, 'VN')],
      }),
      false,
    ],
    [
      'same series and ordinal, each article naming one side',
      talks('2016-12-01', [], {
        kind: 'dialogue',
        ordinal: 6,
        series: '2+2 dialogue',
        participants: [who('Kihara Minoru', null, 'JP')],
      }),
      talks('2016-12-01', [], {
        kind: 'dialogue',
        ordinal: 6,
        series: '2+2 dialogue',
        participants: [who('Phan Van Giang', null, 'VN')],
      }),
      true,
    ],
    [
      'same day and participant, the same country pair',
      talks('2023-11-27', [], { participants: [who('Vo Van Thuong', null, 'VN'), who('Kishida Fumio', null, 'JP')] }),
      talks('2023-11-27', [], { participants: [who('Vo Van Thuong', null, 'VN'), who('Fumio Kishida', null, 'JP')] }),
      true,
    ],
    [
      'same day and participant, another pair of countries',
      talks('2023-11-27', [], { participants: [who('Vo Van Thuong', null, 'VN'), who('Kishida Fumio', null, 'JP')] }),
      talks('2023-11-27', [], {
        participants: [who('Vo Van Thuong', null, 'VN'), who('Anthony Albanese', null, 'AU')],
      }),
      false,
    ],
    [
      'same series, another ordinal',
      talks('--11-29', [], {
        kind: 'dialogue',
        ordinal: 4,
        series: 'dialogue sur la politique de défense Vietnam-Japon',
      }),
      talks('--11-29', [], {
        kind: 'dialogue',
        ordinal: 5,
        series: 'dialogue sur la politique de défense Vietnam-Japon',
      }),
      false,
    ],
  ])('%s → %s', (_, a, b, expected) => {
    expect(sameMeeting(a, b)).toBe(expected);
    expect(sameMeeting(b, a)).toBe(expected);
  });
});

describe('mergeCorpus', () => {
  it('merges one meeting told by two articles, keeping every source and both dates', () => {
    const a = article('a', [{ date: day('--12-04', 'Le 4 décembre'), participants: [who('Namazu Hiroyuki')] }]);
    const b = article('b', [
      { date: day('2025-12-04', 'December 4, 2025'), participants: [who('Hiroyuki Namazu', 'Vice Foreign Minister')] },
    ]);
    const corpus = Corpus.parse(mergeCorpus([b, a]));
    expect(corpus.events).toHaveLength(1);
    const [e] = corpus.events;
    expect(e?.articleIds).toEqual(['a', 'b']);
    expect(new Set(e?.evidence.map((s) => s.articleId))).toEqual(new Set(['a', 'b']));
    expect(e?.dates.map((d) => d.value.iso).sort()).toEqual(['--12-04', '2025-12-04']);
    expect(e?.dates.every((d) => d.sources.length > 0)).toBe(true);
    expect(e?.participants).toHaveLength(1);
  });

  it('keeps meetings apart when they differ, and never merges two events of one article', () => {
    const a = article('a', [
      { kind: 'talks', date: day('2022-05-01'), participants: [who('Pham Minh Chinh'), who('Kishida Fumio')] },
      { kind: 'talks', date: day('2022-05-01'), participants: [who('Pham Minh Chinh')] },
    ]);
    const b = article('b', [{ kind: 'talks', date: day('2022-04-30'), participants: [who('Pham Minh Chinh')] }]);
    const corpus = mergeCorpus([a, b]);
    expect(corpus.events).toHaveLength(3);
  });

  it('groups across three articles even when only neighbours match', () => {
    const a = article('a', [
      { kind: 'dialogue', ordinal: 1, series: 'dialogue 2+2 Vietnam-Japon', aliases: ['2+2'], date: day('--12-04') },
    ]);
    const b = article('b', [
      { kind: 'dialogue', ordinal: 1, series: 'Dialogue 2+2 Vietnam-Japon', aliases: ['2+2'], date: day('2025-12-04') },
    ]);
    const c = article('c', [
      { kind: 'meeting', ordinal: null, series: null, aliases: ['2+2'], date: day('2025-12-04') },
    ]);
    const corpus = mergeCorpus([a, b, c]);
    expect(corpus.events).toHaveLength(1);
    expect(corpus.events[0]?.articleIds).toEqual(['a', 'b', 'c']);
  });

  it('merges one person across spellings with every role and its sources', () => {
    const a = article('a', [], [{ name: 'Hoàng Xuân Chiến', role: 'vice-ministre de la Défense' }]);
    const b = article(
      'b',
      [],
      [
        { name: 'Hoang Xuan Chien', role: 'Deputy Minister of National Defence' },
        { name: 'HoàngXuân Chiên', role: 'Vice-ministre de la Défense' },
      ],
    );
    const corpus = mergeCorpus([a, b]);
    expect(corpus.people).toHaveLength(1);
    const [p] = corpus.people;
    expect(new Set(p?.aliases)).toEqual(new Set(['Hoang Xuan Chien', 'HoàngXuân Chiên', 'Hoàng Xuân Chiến']));
    expect(p?.roles.map((r) => [r.role, r.sources.length])).toEqual([
      ['vice-ministre de la Défense', 2],
      ['Deputy Minister of National Defence', 1],
    ]);
    expect(p?.mentions).toHaveLength(3);
  });

  it('gives a person the country most articles give, one vote per article, and keeps a conflict with its sources', () => {
    const minister = (country: string) => ({ name: 'Kihara Minoru', role: 'Defence Minister', country });
    // one article names him three times with the wrong country: it still counts once
    const wrong = article('d', [], [minister('VN'), minister('VN'), minister('VN')]);
    const corpus = mergeCorpus([article('a', [], [minister('JP')]), article('b', [], [minister('JP')]), wrong]);
    const [p] = corpus.people;
    expect(p?.country).toBe('JP');
    expect(p?.countryConflict?.map((c) => [c.country, c.sources.map((s) => s.articleId)])).toEqual([
      ['JP', ['a', 'b']],
      ['VN', ['d', 'd', 'd']],
    ]);
    expect(Corpus.parse(corpus)).toEqual(corpus);
  });

  it('records no conflict when every article agrees', () => {
    const corpus = mergeCorpus([
      article('a', [], [{ name: 'Penny Wong', role: null, country: 'AU' }]),
      article('b', [], [{ name: 'Penny Wong', role: null, country: 'AU' }]),
    ]);
    expect(corpus.people[0]?.country).toBe('AU');
    expect(corpus.people[0]).not.toHaveProperty('countryConflict');
  });
});

describe('mergeCorpus at scale', () => {
  // a small seeded generator (mulberry32): many events that collide on days, aliases, people and series
  const rng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const names = ['Fumio Kishida', 'Vo Van Thuong', 'Pham Minh Chinh', 'Kano Koji', 'Namazu Hiroyuki', 'Penny Wong'];
  const countryOf: Record<string, string | null> = { 'Fumio Kishida': 'JP', 'Kano Koji': 'JP', 'Penny Wong': 'AU' };
  const series = ['dialogue 2+2 Vietnam-Japon', 'Dialogue de politique de défense Vietnam-Japon', 'sommet ASEAN'];
  const dates = ['2023-11-27', '--11-27', '2023-11-28', '2024-11-27', '2023-11', null];
  const kinds = ['talks', 'dialogue', 'meeting'] as const;

  /** Each group as "first event id: article ids", made by comparing every pair in order. */
  function allPairs(articles: Article[]): string[] {
    const all = [...articles]
      .sort((x, y) => x.id.localeCompare(y.id))
      .flatMap((a) => a.events.map((event) => ({ a: a.id, event })));
    const parent = all.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : find(parent[i] as number));
    const members = all.map((x) => new Set([x.a]));
    const countries = all.map((x) => new Set(x.event.participants.flatMap((p) => (p.country ? [p.country] : []))));
    // sameMeeting's rule on countries, applied to whole groups
    const otherPairs = (a: Set<string>, b: Set<string>) => {
      const shared = [...a].filter((c) => b.has(c)).length;
      return a.size === 2 && b.size === 2 ? shared < 2 : shared === 0 && a.size + b.size >= 3;
    };
    all.forEach((x, i) => {
      all.forEach((y, j) => {
        if (j <= i || x.a === y.a || !sameMeeting(x.event, y.event)) return;
        const [ri, rj] = [find(i), find(j)];
        const [mi, mj] = [members[ri] as Set<string>, members[rj] as Set<string>];
        const [ci, cj] = [countries[ri] as Set<string>, countries[rj] as Set<string>];
        if (ri === rj || [...mi].some((id) => mj.has(id)) || otherPairs(ci, cj)) return;
        parent[rj] = ri;
        for (const id of mj) mi.add(id);
        for (const c of cj) ci.add(c);
      });
    });
    const groups = new Map<number, { id: string; articles: string[] }>();
    all.forEach((x, i) => {
      const g = groups.get(find(i)) ?? { id: x.event.id, articles: [] };
      if (!g.articles.includes(x.a)) g.articles.push(x.a);
      groups.set(find(i), g);
    });
    return [...groups.values()].map((g) => `${g.id}: ${g.articles.join(' ')}`).sort();
  }

  it('groups events exactly as comparing every pair would', () => {
    const r = rng(7);
    const articles = Array.from({ length: 100 }, (_, n) =>
      article(
        `art${String(n).padStart(3, '0')}`,
        Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
          const iso = pick(r, dates);
          const ordinal = r() < 0.4 ? 1 + Math.floor(r() * 3) : null;
          return {
            kind: pick(r, kinds),
            date: iso ? day(iso) : null,
            ordinal,
            series: ordinal !== null || r() < 0.2 ? pick(r, series) : null,
            aliases: r() < 0.3 ? [pick(r, ['2+2', '2 + 2', 'ADMM'])] : [],
            participants: names
              .filter(() => r() < 0.3)
              .map((n) => who(n, null, r() < 0.8 ? (countryOf[n] ?? 'VN') : null)),
          };
        }),
      ),
    );
    const merged = mergeCorpus(articles).events.map((e) => `${e.id}: ${e.articleIds.join(' ')}`);
    const expected = allPairs(articles);
    // the case is only worth something if many events merged and many stayed apart
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.filter((g) => g.split(' ').length > 3).length).toBeGreaterThan(5);
    expect(merged.sort()).toEqual(expected);
  });
});
