import type { CorpusEvent } from '@kizuna/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseReports, squash } from '../../src/engine/meeting-groups.js';

// only the fields collapseReports reads
const event = (i: number, name: string, ordinal: number | null, articleIds: string[], participants: number) =>
  ({
    id: `e${i}`,
    name,
    ordinal,
    articleIds,
    date: null,
    participants: Array.from({ length: participants }, () => ({})),
    evidence: [],
  }) as unknown as CorpusEvent;

/** The definition, pair by pair: an event joins the first group holding the same report. */
function pairwise(ranked: readonly CorpusEvent[]): CorpusEvent[] {
  const same = (a: CorpusEvent, b: CorpusEvent) =>
    squash(a.name) === squash(b.name) &&
    (a.ordinal === null || b.ordinal === null || a.ordinal === b.ordinal) &&
    a.articleIds.some((id) => b.articleIds.includes(id));
  const groups: CorpusEvent[][] = [];
  for (const e of ranked) {
    const group = groups.find((g) => g.some((x) => same(x, e)));
    if (group) group.push(e);
    else groups.push([e]);
  }
  const richness = (e: CorpusEvent) => e.participants.length;
  return groups.map((g) => g.reduce((a, b) => (richness(b) > richness(a) ? b : a)));
}

describe('collapseReports', () => {
  it('folds one article’s two reports of a meeting into the fuller one, keeping its rank', () => {
    const lead = event(1, 'Dialogue 2+2', null, ['a'], 1);
    const body = event(2, 'dialogue 2 + 2', 3, ['a'], 4);
    const other = event(3, 'Dialogue 2+2', 4, ['b'], 2);
    expect(collapseReports([lead, other, body]).map((e) => e.id)).toEqual(['e2', 'e3']);
  });

  it('keeps editions that differ apart, even in one article', () => {
    const third = event(1, 'Sommet', 3, ['a'], 1);
    const fourth = event(2, 'Sommet', 4, ['a'], 1);
    expect(collapseReports([third, fourth])).toHaveLength(2);
  });

  it('groups as the pairwise definition does', () => {
    const spec = fc.record({
      name: fc.constantFrom('Sommet', 'sommet', 'Dialogue 2+2', 'Visite'),
      ordinal: fc.constantFrom(null, 1, 2),
      articles: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 }),
      participants: fc.nat(3),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), (specs) => {
        const ranked = specs.map((s, i) => event(i, s.name, s.ordinal, s.articles, s.participants));
        expect(collapseReports(ranked).map((e) => e.id)).toEqual(pairwise(ranked).map((e) => e.id));
      }),
    );
  });
});
