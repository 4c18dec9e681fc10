import { describe, expect, it } from 'vitest';
import { type Article, Corpus, type Event, mergeCorpus, personKey } from '../src/index.js';
import { outcomeKey, sameOutcome } from '../src/merge/outcome-key.js';
import { validArticle } from './fixtures.js';

describe('the same outcome, in either language', () => {
  it.each([
    ['Reciprocal Access Agreement', "accord d'accès réciproque", true],
    ['Comprehensive Economic Partnership Agreement (CEPA)', 'CEPA trade agreement', true],
    [
      'memorandum of understanding on fisheries cooperation',
      "mémorandum d'entente sur la coopération en matière de pêche",
      true,
    ],
    ['joint statement on the Middle East', 'déclaration conjointe sur le Proche-Orient', false],
    ['letter of intent on space defence', 'memorandum of understanding on space defence', false],
    // an amount or a date that differs is a disagreement, kept as two outcomes
    ['$500 million in foreign military financing', '$300 million in foreign military financing', false],
    ['agreed to open a consulate in Lyon', 'agreed to open a consulate in Lyon soon', true],
  ])('%s / %s → %s', (a, b, same) => {
    expect(sameOutcome(outcomeKey(a), outcomeKey(b))).toBe(same);
  });
});

/** The fixture article under another id, with these events and one outcome fact per outcome. */
function article(id: string, events: Partial<Event>[]): Article {
  const base = JSON.parse(JSON.stringify(validArticle()).replaceAll('a1b2c3d4e5f6', id)) as Article;
  const template = base.events[0];
  if (!template) throw new Error('fixture changed: it needs one event');
  const all = events.map((e, i) => ({
    ...template,
    id: `${id}-e${i + 1}`,
    series: null,
    ordinal: null,
    aliases: [],
    ...e,
  }));
  const source = template.evidence[0];
  if (!source) throw new Error('fixture changed: its event needs evidence');
  const facts = all.flatMap((e) =>
    e.outcomes.map((text, k) => ({
      id: `${e.id}-o${k}`,
      about: e.id,
      kind: 'outcome' as const,
      text,
      quote: base.body.slice(source.start, source.end),
      source,
    })),
  );
  return { ...base, facts, events: all };
}
const who = (name: string) => ({ name, key: personKey(name), role: null, country: null });

describe('outcomes merged across articles', () => {
  it('gives one outcome every source that tells it, and a ceremony its meeting', () => {
    const people = [who('Namazu Hiroyuki')];
    const a = article('a', [{ kind: 'talks', participants: people, outcomes: ['Reciprocal Access Agreement'] }]);
    const b = article('b', [
      { kind: 'talks', participants: people, outcomes: ["accord d'accès réciproque", 'agreed to open a consulate'] },
      { kind: 'signing', participants: [who('Kim Tae-ho')], outcomes: ['memorandum on fisheries'], partOf: 'b-e1' },
    ]);
    const corpus = Corpus.parse(mergeCorpus([a, b]));
    const talks = corpus.events.find((e) => e.kind === 'talks');
    const signing = corpus.events.find((e) => e.kind === 'signing');
    const readings = talks?.outcomeSources ?? [];
    expect(readings.map((r) => r.text)).toEqual([
      'Reciprocal Access Agreement',
      'agreed to open a consulate',
      'memorandum on fisheries',
    ]);
    expect(readings[0]?.aliases).toEqual(["accord d'accès réciproque"]);
    expect(new Set(readings[0]?.sources.map((s) => s.articleId))).toEqual(new Set(['a', 'b']));
    expect(signing?.partOf).toBe(talks?.id);
    expect(talks?.outcomes).toContain('memorandum on fisheries');
  });
});
