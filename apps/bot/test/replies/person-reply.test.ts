import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { QueryEngine } from '../../src/engine/index.js';
import { personReply } from '../../src/replies/person-reply.js';
import { buildArticle, date } from '../support/article-builder.js';
import { expectWithinDiscordLimits } from '../support/discord-limits.js';

// one minister met by many outlets, each article its own meeting: far more sources than a reply shows
const articles = Array.from({ length: 40 }, (_, i) =>
  buildArticle({
    id: `a${i}`,
    title: `Rencontre numéro ${i} avec le ministre Tran Quoc Binh à Hanoï pour la coopération`,
    publisher: 'Courrier',
    published: date(`2024-01-${String((i % 28) + 1).padStart(2, '0')}`),
    paragraphs: [[`Le ministre Tran Quoc Binh a reçu la délégation ${i} à Hanoï.`]],
    people: [{ name: 'Tran Quoc Binh', role: 'ministre', country: 'VN', at: 'ministre Tran Quoc Binh' }],
    events: [
      {
        id: `e${i}`,
        kind: 'reception',
        name: `Réception de la délégation ${i}`,
        date: date(`2024-01-${String((i % 28) + 1).padStart(2, '0')}`),
        participants: [{ name: 'Tran Quoc Binh', role: 'ministre', country: 'VN' }],
        evidence: [`délégation ${i}`],
      },
    ],
  }),
);

describe('personReply', () => {
  const engine = new QueryEngine(mergeCorpus(articles));
  const found = engine.findPerson('Tran Quoc Binh');
  if (found.kind !== 'found') throw new Error('fixture person not found');
  const reply = personReply(engine.personDetails(found.best), [], {
    query: 'Tran Quoc Binh',
    locale: 'fr',
    ephemeral: false,
  });
  const fields = reply.embeds?.[0]?.fields ?? [];
  const field = (name: string) => fields.find((f) => f.name === name)?.value ?? '';

  it('cites at most five articles on a role line, and shows the meetings that fit', () => {
    const role = field('Fonctions').split('\n')[0] ?? '';
    expect(role.match(/\[\d+\]/g)).toHaveLength(5);
    expect(
      field('Rencontres')
        .split('\n')
        .filter((l) => l.startsWith('•')).length,
    ).toBeGreaterThan(3);
    expectWithinDiscordLimits(reply);
  });

  it('numbers only the articles of the lines shown, so the sources list starts with them', () => {
    const cited = new Set([...JSON.stringify(fields.slice(0, -1)).matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    // the numbers cited form 1..n without gaps: nothing was numbered for a line that is not shown
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: cited.size }, (_, i) => i + 1));
    expect(field('Sources').startsWith('[1] Courrier')).toBe(true);
  });
});

describe('personEmbed links', () => {
  const linked = [0, 1, 2].map((i) =>
    buildArticle({
      id: `l${i}`,
      title: `Le ministre Tran Quoc Binh à Hanoï, article ${i}`,
      publisher: 'Courrier',
      published: date(`2024-03-0${i + 1}`),
      // only the middle article has a web address
      url: i === 1 ? 'https://example.org/tran-quoc-binh' : null,
      paragraphs: [[`Le ministre Tran Quoc Binh a parlé à Hanoï le ${i + 1} mars.`]],
      people: [{ name: 'Tran Quoc Binh', role: 'ministre', country: 'VN', at: 'ministre Tran Quoc Binh' }],
    }),
  );
  const engine = new QueryEngine(mergeCorpus(linked));
  const found = engine.findPerson('Tran Quoc Binh');
  if (found.kind !== 'found') throw new Error('fixture person not found');
  const embed = personReply(engine.personDetails(found.best), [], {
    query: 'Tran Quoc Binh',
    locale: 'en',
    ephemeral: false,
  }).embeds?.[0];

  it('links the title to the source with a web address and stamps the newest source date', () => {
    expect(embed?.url).toBe('https://example.org/tran-quoc-binh');
    expect(embed?.timestamp).toBe('2024-03-03T00:00:00.000Z');
  });
});
