import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import type { CommandOptions, ReplyLocale, ReplyPayload } from '../../src/core/contract.js';
import { QueryEngine } from '../../src/engine/index.js';
import { unescapeText } from '../../src/replies/escape.js';
import { buildArticle } from '../support/article-builder.js';
import { buttonsOf, expectWithinDiscordLimits, payloadText } from '../support/discord-limits.js';
import { dialogue2plus2, fixtureArticles, manyMeetings, oversizedArticles } from '../support/fixture-corpus.js';

const engine = new QueryEngine(mergeCorpus(fixtureArticles()));
const big = new QueryEngine(mergeCorpus([...fixtureArticles(), ...oversizedArticles()]));

const command = (name: string) => {
  const c = commands.find((x) => x.data.name === name);
  if (!c) throw new Error(`no /${name}`);
  return c;
};
async function run(
  name: string,
  options: CommandOptions,
  locale: ReplyLocale = 'fr',
  e = engine,
): Promise<ReplyPayload> {
  const reply = await command(name).execute(options, { engine: e, locale });
  expectWithinDiscordLimits(reply);
  return reply;
}
const text = (p: ReplyPayload) => payloadText(p);
const isPrivate = (p: ReplyPayload) => ((p.flags ?? 0) & 64) === 64;

describe('command definitions', () => {
  it('declare the contract names, French localisations and a private option', () => {
    expect(commands.map((c) => c.data.name)).toEqual([
      'meeting',
      'person',
      'timeline',
      'search',
      'source',
      'about',
      'help',
    ]);
    for (const c of commands) {
      expect(c.data.name_localizations?.fr).toBeTruthy();
      expect(c.data.description_localizations?.fr).toBeTruthy();
      expect(c.data.options?.map((o) => o.name)).toContain('private');
      // installable to servers and users, usable in servers and DMs (user installs)
      expect(c.data.integration_types).toEqual([0, 1]);
      expect(c.data.contexts).toEqual([0, 1, 2]);
      expect(c.data.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      for (const d of [c.data.description, ...Object.values(c.data.description_localizations ?? {})]) {
        expect(d?.length).toBeLessThanOrEqual(100);
      }
      for (const o of c.data.options ?? []) {
        expect(o.description.length).toBeLessThanOrEqual(100);
        expect(o.description_localizations?.fr?.length).toBeLessThanOrEqual(100);
        expect(o.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(o.name_localizations?.fr).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      }
    }
    const options = (n: string) => command(n).data.options?.map((o) => o.name);
    expect(options('meeting')).toEqual(['query', 'private']);
    expect(options('person')).toEqual(['name', 'private']);
    expect(options('timeline')).toEqual(['from', 'to', 'country', 'private']);
    expect(options('search')).toEqual(['text', 'private']);
    expect(options('source')).toEqual(['article', 'private']);
  });
});

describe('/meeting', () => {
  it('shows the meeting with date, place, participants by country, outcomes, quotes and sources (fr)', async () => {
    const t = text(await run('meeting', { query: '2 + 2' }));
    expect(t).toContain('12 mars (année non précisée)');
    expect(t).toContain('New Delhi');
    expect(t).toContain('Participants — Vietnam');
    expect(t).toContain('Participants — Inde');
    expect(t).toContain('Trần Quốc Bình');
    expect(t).toContain('vice-ministre de la Défense');
    expect(t).toContain('déminage');
    // the citation number links to its source, as does the title
    expect(t).toContain('” [[1]](<https://courrier-delta.example/dialogue-2-2>)');
    expect(t).toContain('Le Courrier du Delta');
    expect(t).toContain('https://courrier-delta.example/dialogue-2-2');
    expect(t).not.toMatch(/mars 20\d\d/);
  });

  it('quotes whole sentences, verbatim, for the facts and the people named', async () => {
    const reply = await run('meeting', { query: '2+2' });
    const facts = reply.embeds?.[0]?.fields?.find((f) => f.name === 'Faits clés')?.value ?? '';
    const body = dialogue2plus2().body;
    const quotes = [...facts.matchAll(/“(.+?)” \[\[?\d+\]/g)].map((m) => unescapeText(m[1] ?? ''));
    expect(quotes.length).toBeGreaterThan(1);
    for (const q of quotes) expect(body).toContain(q);
    expect(quotes.some((q) => q.includes('Priya Rao, secrétaire à la Défense'))).toBe(true);
  });

  it('labels in English and keeps quotes in their language (en)', async () => {
    const t = text(await run('meeting', { query: '2+2' }, 'en'));
    expect(t).toContain('12 March (year not stated)');
    expect(t).toContain('Participants — India');
    expect(t).toContain('Sources');
    expect(t).toContain('coopération en matière de déminage');
  });

  it('shows the outcomes right after the participants, each cited, and key facts do not repeat them', async () => {
    const fields = (await run('meeting', { query: '2+2' }, 'en')).embeds?.[0]?.fields ?? [];
    const names = fields.map((f) => f.name);
    const at = names.indexOf('Outcomes');
    expect(at).toBeGreaterThan(0);
    expect(names.slice(0, at).every((n) => n.startsWith('Participants'))).toBe(true);
    const outcomes = fields[at]?.value ?? '';
    // each outcome carries its citation number, linked to its source (the fixture article has a URL)
    const cited = '\\[\\[1\\]\\]\\(<https://courrier-delta\\.example/dialogue-2-2>\\)';
    expect(outcomes).toMatch(new RegExp(`déminage et de sauvetage en mer ${cited}`));
    expect(outcomes).toMatch(new RegExp(`formation des officiers \\\\\\(à signer\\\\\\) ${cited}`));
    const keyFacts = fields.find((f) => f.name === 'Key facts')?.value ?? '';
    expect(keyFacts).not.toContain('déminage');
  });

  it('finds a meeting by what it produced', async () => {
    const t = text(await run('meeting', { query: 'mémorandum formation officiers' }));
    expect(t).toContain('Vietnam-Inde');
    expect(t).toContain('Résultats');
  });

  it('says when several meetings match about equally and offers them as buttons', async () => {
    const reply = await run('meeting', { query: 'dialogue politique de défense Vietnam Australie' });
    expect(reply.content).toMatch(/Plusieurs rencontres correspondent/);
    const ids = buttonsOf(reply);
    expect(ids.some((b) => b.custom_id.startsWith('meeting:show:vn-au-defence-dialogue-'))).toBe(true);
    const button = ids[0];
    if (!button) throw new Error('no button');
    const shown = await command('meeting').button?.(button.custom_id, { engine, locale: 'fr' });
    expect(shown && text(shown)).toContain('dialogue sur la politique de défense');
  });

  it('answers no result privately, with suggestions', async () => {
    const reply = await run('meeting', { query: 'xyzzy plugh' });
    expect(isPrivate(reply)).toBe(true);
    expect(reply.content).toMatch(/Aucun résultat/);
    // in the command names a French reader sees
    expect(reply.content).toMatch(/\/chronologie/);
    const typo = await run('meeting', { query: 'sumit' }, 'en');
    expect(text(typo)).toMatch(/summit/);
  });

  it('honours private', async () => {
    expect(isPrivate(await run('meeting', { query: '2+2', private: true }))).toBe(true);
    expect(isPrivate(await run('meeting', { query: '2+2' }))).toBe(false);
  });

  it('fits the longest corpus entries within every Discord limit', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const reply = await run('meeting', { query: '7e conférence maritime' }, locale, big);
      const t = text(reply);
      expect(t).toContain('…');
      expect(t).toMatch(/\[1\]/);
      // every citation number shown in the quotes is listed in the sources
      const cited = new Set([...t.matchAll(/” \[(\d+)\]/g)].map((m) => m[1]));
      const listed =
        reply.embeds?.[0]?.fields?.find((f) => f.name === (locale === 'fr' ? 'Sources' : 'Sources'))?.value ?? '';
      for (const n of cited) expect(listed).toContain(`[${n}]`);
    }
  });

  it('autocompletes with localised dates, and values that find the meeting back', async () => {
    const ctx = { engine, locale: 'en' as const };
    const choices = await command('meeting').autocomplete?.({ name: 'query', value: '2+2' }, {}, ctx);
    expect(choices?.[0]?.name).toContain('12 March (year not stated)');
    const many = new QueryEngine(mergeCorpus(manyMeetings(3)));
    const long = await command('meeting').autocomplete?.(
      { name: 'query', value: 'meeting 2' },
      {},
      { engine: many, locale: 'fr' },
    );
    const value = String(long?.[0]?.value);
    expect(value.length).toBeLessThanOrEqual(100);
    const reply = await run('meeting', { query: value }, 'fr', many);
    expect(text(reply)).toContain('Oslo');
  });

  it('offers at most 25 autocomplete choices', async () => {
    const choices = await command('meeting').autocomplete?.(
      { name: 'query', value: '' },
      {},
      { engine: big, locale: 'fr' },
    );
    expect(choices?.length).toBeGreaterThan(0);
    expect(choices?.length).toBeLessThanOrEqual(25);
  });
});

describe('/person', () => {
  it('shows roles with sources and meetings attended (fr)', async () => {
    const t = text(await run('person', { name: 'Haruto Sato' }));
    expect(t).toContain('Fonctions');
    expect(t).toContain('Prime Minister');
    expect(t).toContain('Premier ministre');
    expect(t).toContain('tenth Japan-Philippines annual summit');
    expect(t).toContain('entretien téléphonique');
    expect(t).toContain('Maria Santos');
    expect(t).toMatch(/\[1\]/);
  });

  it('finds any spelling and labels in English (en)', async () => {
    const t = text(await run('person', { name: 'tran quoc binh' }, 'en'));
    expect(t).toContain('Roles');
    expect(t).toContain('Trần Quốc Bình');
    expect(t).toContain('vice-ministre de la Défense');
    expect(t).toContain('12 March (year not stated)');
  });

  it('answers an unknown name privately with a hint', async () => {
    const reply = await run('person', { name: 'Zzyzx' }, 'en');
    expect(isPrivate(reply)).toBe(true);
    expect(reply.content).toMatch(/Nothing found/);
  });
});

describe('/timeline', () => {
  it('lists meetings in date order, undated last (fr)', async () => {
    const t = text(await run('timeline', {}));
    const order = [
      '14 septembre 2022',
      '28 septembre 2023',
      '9 février 2024',
      '18 mai 2024',
      '12 mars (année non précisée)',
    ];
    const positions = order.map((d) => t.indexOf(d));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('filters by years and country given in either language (en)', async () => {
    const t = text(await run('timeline', { from: '2023', to: '2024', country: 'Japon' }, 'en'));
    expect(t).toContain('9 February 2024');
    expect(t).not.toContain('September 2022');
    expect(t).toContain('Japan');
  });

  it('pages with buttons whose custom_id carries the state', async () => {
    const many = new QueryEngine(mergeCorpus(manyMeetings(45)));
    const first = await run('timeline', { from: '2010', country: 'Norvège' }, 'fr', many);
    expect(text(first)).toMatch(/Page 1\/3 · 45 rencontre/);
    // every meeting of the page is shown whole: none is trimmed away
    expect(text(first)).toMatch(/\*\*20\. /);
    const buttons = buttonsOf(first);
    expect(buttons.find((b) => b.label.includes('Précédent'))?.disabled).toBe(true);
    const next = buttons.find((b) => b.label.includes('Suivant'));
    if (!next) throw new Error('no next button');
    expect(next.custom_id).toBe('timeline:1:2010::NO');
    const second = await command('timeline').button?.(next.custom_id, { engine: many, locale: 'en' });
    if (!second) throw new Error('no reply');
    expectWithinDiscordLimits(second);
    expect(text(second)).toMatch(/Page 2\/3 · 45 meeting/);
    expect(text(second)).toMatch(/\*\*21\. /);
    expect(text(second)).toMatch(/\*\*40\. /);
    const last = await command('timeline').button?.('timeline:2:2010::NO', { engine: many, locale: 'en' });
    expect(last && text(last)).toMatch(/Page 3\/3/);
  });

  it('reads bounds given the wrong way round as the same years', async () => {
    const t = text(await run('timeline', { from: '2024', to: '2023' }, 'en'));
    expect(t).toContain('28 September 2023');
    expect(t).toContain('18 May 2024');
    expect(t).not.toContain('2022');
  });

  it('rejects a malformed date with a friendly private message', async () => {
    const reply = await run('timeline', { from: 'demain', country: 'JP' });
    expect(isPrivate(reply)).toBe(true);
    expect(reply.content).toMatch(/from/);
  });

  it.each([
    [{ from: '2024-1-1' }, 'from'],
    [{ from: '2024-13', to: '2023' }, 'from'],
    [{ from: '99/99/2023' }, 'from'],
    [{ to: '2023-02-30' }, 'to'],
    [{ from: '2023', to: '31/04/2024' }, 'to'],
    [{ from: '00/2023' }, 'from'],
  ])('rejects the impossible date %j with the same message as a malformed one', async (options, option) => {
    const malformed = await run('timeline', { [option]: '2024-1-1' }, 'en');
    const reply = await run('timeline', options, 'en');
    expect(isPrivate(reply)).toBe(true);
    expect(reply.content).toBe(malformed.content);
  });

  it('refuses a page button whose bounds name no real date', async () => {
    const reply = await command('timeline').button?.('timeline:0:2024-13:2023-99-99:', { engine, locale: 'en' });
    expect(reply && isPrivate(reply)).toBe(true);
    expect(reply && text(reply)).not.toContain('2024-13');
  });

  it.each([['2024-02-29'], ['29/02/2024'], ['2/2024']])('accepts the real date %s', async (from) => {
    expect(isPrivate(await run('timeline', { from }, 'en'))).toBe(false);
  });
});

describe('/search', () => {
  it('quotes the best sentences with their sources (fr and en)', async () => {
    const fr = text(await run('search', { text: 'deminage' }));
    expect(fr).toContain('déminage');
    expect(fr).toContain('Le Courrier du Delta');
    const en = text(await run('search', { text: 'reciprocal access' }, 'en'));
    expect(en).toContain('Search:');
    expect(en).toContain('reciprocal access agreement');
  });

  it('neutralises mentions and markdown echoed from the query', async () => {
    const reply = await run('search', { text: '@everyone **boom** <@123456789012345678>' });
    const t = text(reply);
    expect(t).not.toMatch(/@everyone|<@\d/);
    expect(t).not.toMatch(/(^|[^\\])\*\*boom/);
  });
});

describe('every reply fits Discord with oversized corpus entries', () => {
  it.each([
    ['meeting', { query: 'conférence maritime franco-vietnamienne' }],
    ['person', { name: 'Participant Numéro3' }],
    ['timeline', {}],
    ['timeline', { from: '2022', country: 'France' }],
    ['search', { text: 'conférence maritime délégué sécurité' }],
    ['source', { article: 'fr-oversized-13' }],
    ['about', {}],
  ] as const)('/%s %o', async (name, options) => {
    for (const locale of ['fr', 'en'] as const) await run(name, options, locale, big);
  });
});

describe('queries cannot ping or format when echoed', () => {
  it.each([
    ['meeting', { query: '@everyone <@123456789012345678> **x** xyzzy' }],
    ['person', { name: '@here [a](https://evil.example) zzz' }],
    ['source', { article: '@everyone qqqq' }],
    ['search', { text: '@everyone ~~x~~ conférence' }],
    ['timeline', { from: '2023', country: '@here [a](https://evil.example) <@123456789012345678>' }],
    ['search', { text: '[a](javascript:alert(1)) <https://evil.example> **x**' }],
  ] as const)('/%s', async (name, options) => {
    const t = text(await run(name, options, 'fr', big));
    expect(t).not.toMatch(/@everyone|@here|<@\d/);
    expect(t).not.toMatch(/(^|[^\\])(\*\*x|~~x|\[a\]\()/);
  });
});

describe('article text cannot ping, link or format', () => {
  it.each([
    ['meeting', { query: 'ceasefire protocol Geneva' }],
    ['search', { text: 'ceasefire protocol' }],
    ['person', { name: 'Jane Doe' }],
    ['source', { article: 'en-injection' }],
    ['timeline', { from: '2025' }],
  ] as const)('/%s', async (name, options) => {
    const t = text(await run(name, options, 'en'));
    expect(t).toMatch(/ceasefire|Jane|Breaking|signing/);
    expect(t).not.toMatch(/@everyone|@here/);
    expect(t).not.toMatch(/<@\d|<#\d/);
    expect(t).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(t).not.toMatch(/(^|[^\\])\*\*(Breaking|now|ceasefire)/);
    expect(t).not.toMatch(/https:\/\/evil/);
  });
});

describe('/source', () => {
  it('shows an article and what was extracted (fr, en)', async () => {
    const fr = text(await run('source', { article: 'en-tenth-summit' }));
    expect(fr).toContain('Pacific Ledger');
    expect(fr).toContain('20 mai 2024');
    expect(fr).toContain('https://pacific-ledger.example/tenth-summit');
    expect(fr).toMatch(/3 phrases · 1 rencontre/);
    expect(text(await run('source', { article: 'en-tenth-summit.txt' }))).toContain('Pacific Ledger');
    expect(text(await run('source', { article: 'en tenth' }))).toContain('Pacific Ledger');
    const en = text(await run('source', { article: 'tenth annual summit' }, 'en'));
    expect(en).toContain('20 May 2024');
  });

  it('fits the oversized article', async () => {
    await run('source', { article: 'fr-oversized-00' }, 'fr', big);
  });
});

describe('/about', () => {
  it('shows corpus size, when the corpus last changed and version', async () => {
    const fr = text(await run('about', {}));
    expect(fr).toContain('Articles');
    expect(fr).toContain(String(engine.stats().articles));
    expect(fr).toContain('2026-01-15');
    expect(fr).toMatch(/\d+\.\d+\.\d+/);
    expect(text(await run('about', {}, 'en'))).toContain('Corpus last changed');
  });
});

describe('/meeting answers honestly', () => {
  it('says that the edition asked for matched nothing before showing the closest meeting', async () => {
    const fr = await run('meeting', { query: '5e sommet' });
    expect(fr.content).toContain('rien pour édition n° 5');
    expect(fr.embeds?.[0]?.title).toContain('tenth');
    const en = await run('meeting', { query: '5th summit' }, 'en');
    expect(en.content).toContain('nothing for edition 5');
  });

  it('says which country no meeting of those words involves', async () => {
    const reply = await run('meeting', { query: 'tenth summit Australia' }, 'en');
    expect(reply.content).toContain('nothing for Australia');
  });
});

describe('/help', () => {
  it('lists every command with an example, in the reader’s language and names', async () => {
    const fr = text(await run('help', {}));
    const en = text(await run('help', {}, 'en'));
    for (const c of commands) {
      const fields = c.data.name_localizations?.fr ?? c.data.name;
      expect(fr).toContain(`/${fields} — `);
      expect(en).toContain(`/${c.data.name} — `);
    }
    expect(fr).toContain('Exemple : `/rencontre dixième sommet Japon`');
    expect(en).toContain('Example: `/meeting 10th summit Japan`');
  });
});

describe('English replies', () => {
  it('use English typography, the meeting title links to its source and the embed has a timestamp', async () => {
    const reply = await run('meeting', { query: 'tenth summit' }, 'en');
    const embed = reply.embeds?.[0];
    expect(embed?.url).toBe('https://pacific-ledger.example/tenth-summit');
    expect(embed?.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(embed?.description).toContain('**Place**: ');
    expect(embed?.description).not.toMatch(/\*\* :/);
  });
});

describe('key facts', () => {
  it('leave out sentences that say nothing and name an untitled article by publisher, never by id', async () => {
    const article = buildArticle({
      id: 'a1b2c3d4e5f60718',
      title: null,
      publisher: 'Gazette du Mékong',
      paragraphs: [
        [
          "Lors de l'entretien téléphonique.",
          "Les deux ministres ont convenu d'approfondir la coopération maritime entre leurs marines.",
        ],
      ],
      events: [
        {
          id: 'call-1',
          kind: 'phone_call',
          name: 'entretien téléphonique des ministres',
          evidence: ["Lors de l'entretien téléphonique", 'Les deux ministres ont convenu'],
        },
      ],
    });
    const untitled = new QueryEngine(mergeCorpus([article]));
    const source = await run('source', { article: 'Gazette' }, 'fr', untitled);
    expect(source.embeds?.[0]?.title).toBe('Gazette du Mékong');
    const offered = await command('source').autocomplete?.(
      { name: 'article', value: 'gaz' },
      {},
      { engine: untitled, locale: 'fr' },
    );
    expect(offered?.[0]?.name).toContain('Gazette du Mékong');
    expect(offered?.[0]?.name).not.toContain('a1b2c3d4e5f60718');
    const reply = await run(
      'meeting',
      { query: 'entretien téléphonique des ministres' },
      'fr',
      new QueryEngine(mergeCorpus([article])),
    );
    const t = text(reply);
    expect(t).toContain('coopération maritime');
    expect(t).not.toContain("Lors de l'entretien téléphonique.");
    expect(t).toContain('Gazette du Mékong');
    expect(t).not.toContain('a1b2c3d4e5f60718');
  });
});

describe('/search with no result', () => {
  it('suggests what would work instead of /search itself', async () => {
    const fr = await run('search', { text: 'xyzzy plugh' });
    expect(fr.content).toContain('/rencontre');
    expect(fr.content).not.toContain('`/recherche`');
    const en = await run('search', { text: 'xyzzy plugh' }, 'en');
    expect(en.content).toContain('/meeting');
    expect(en.content).not.toContain('`/search`');
  });
});
