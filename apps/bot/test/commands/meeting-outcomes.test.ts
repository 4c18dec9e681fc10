import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { QueryEngine } from '../../src/engine/index.js';
import { buildArticle } from '../support/article-builder.js';
import { tenthSummit } from '../support/fixture-corpus.js';

/** The same summit told by a French outlet: the agreement in French, with its own citation. */
const frenchReport = () =>
  buildArticle({
    id: 'fr-dixieme-sommet',
    title: 'Le Japon et les Philippines tiennent leur dixième sommet annuel',
    publisher: 'Courrier du Pacifique',
    url: 'https://courrier-pacifique.example/sommet',
    published: { iso: '2024-05-19', text: '19 mai 2024', year: 'stated' },
    paragraphs: [
      [
        'Le Premier ministre Haruto Sato a reçu la présidente Maria Santos à Tokyo le 18 mai 2024 pour le dixième sommet annuel.',
        "Les deux dirigeants ont signé un accord d'accès réciproque.",
      ],
    ],
    people: [
      { name: 'Haruto Sato', role: 'Premier ministre', country: 'JP', at: 'Premier ministre Haruto Sato' },
      { name: 'Maria Santos', role: 'présidente', country: 'PH', at: 'présidente Maria Santos' },
    ],
    events: [
      {
        id: 'jp-ph-sommet-10',
        kind: 'summit',
        name: 'dixième sommet annuel Japon-Philippines',
        ordinal: 10,
        date: { iso: '2024-05-18', text: '18 mai 2024', year: 'stated' },
        place: { name: 'Tokyo', country: 'JP' },
        participants: [
          { name: 'Haruto Sato', role: 'Premier ministre', country: 'JP' },
          { name: 'Maria Santos', role: 'présidente', country: 'PH' },
        ],
        outcomes: ["accord d'accès réciproque"],
        evidence: ['pour le dixième sommet annuel', "ont signé un accord d'accès réciproque"],
      },
    ],
    facts: [
      {
        about: 'jp-ph-sommet-10',
        kind: 'outcome',
        text: "accord d'accès réciproque",
        quote: "Les deux dirigeants ont signé un accord d'accès réciproque.",
      },
    ],
  });

describe('/meeting outcomes across sources', () => {
  it('shows one outcome told by two articles in two languages once, citing both', async () => {
    const engine = new QueryEngine(mergeCorpus([tenthSummit(), frenchReport()]));
    const meeting = commands.find((c) => c.data.name === 'meeting');
    const reply = await meeting?.execute({ query: 'tenth annual summit' }, { engine, locale: 'en' });
    const outcomes = reply?.embeds?.[0]?.fields?.find((f) => f.name === 'Outcomes')?.value ?? '';
    const lines = outcomes.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/reciprocal access agreement/iu);
    expect(lines[0]).toContain('pacific-ledger.example');
    expect(lines[0]).toContain('courrier-pacifique.example');
  });
});
