import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import type { CommandOptions, ReplyPayload } from '../../src/core/contract.js';
import { QueryEngine } from '../../src/engine/index.js';
import { safeUrl } from '../../src/replies/safe-url.js';
import { expectWithinDiscordLimits, payloadText } from '../support/discord-limits.js';
import { fixtureArticles } from '../support/fixture-corpus.js';
import { articleWithUrl, HOSTILE_URLS } from '../support/hostile-urls.js';

async function run(url: string, name: string, options: CommandOptions): Promise<ReplyPayload> {
  const engine = new QueryEngine(mergeCorpus([...fixtureArticles(), articleWithUrl(url)]));
  const command = commands.find((c) => c.data.name === name);
  if (!command) throw new Error(`no /${name}`);
  const reply = await command.execute(options, { engine, locale: 'en' });
  expectWithinDiscordLimits(reply);
  return reply;
}

/** Every link a reply renders as `<…>`. */
const shownLinks = (text: string) => [...text.matchAll(/<(https?:\/\/[^>]*)>/g)].map((m) => m[1] ?? '');

// `cites`: the reply lists the article's link (in its sources, or as the article itself)
const CASES = [
  ['meeting', { query: 'harbour talks Valletta' }, true],
  ['person', { name: 'Ada Mizzi' }, true],
  ['search', { text: 'ferry safety' }, true],
  ['source', { article: 'en-hostile-link' }, true],
  ['timeline', { from: '2025-02', to: '2025-02' }, false],
] as const;

describe('a hostile article url reaches no reply as a live link, mention or script', () => {
  describe.each(HOSTILE_URLS)('%s', (url) => {
    const web = /^https?:/.test(url);
    it.each(CASES)('/%s', async (name, options, cites) => {
      const reply = await run(url, name, options);
      const text = payloadText(reply);
      expect(text).toMatch(/Valletta|Harbour|harbour/);
      for (const embed of reply.embeds ?? []) {
        if (embed.url === undefined) continue;
        expect(new URL(embed.url).protocol).toMatch(/^https?:$/);
        expect(embed.url).toMatch(/^https?:\/\/[^\s<>"`[\]()@]+$/);
      }
      for (const link of shownLinks(text)) expect(link).toMatch(/^https?:\/\/[^\s<>"`[\]()@*_~|]+$/);
      expect(text).not.toMatch(/javascript:|data:text|ftp:/);
      expect(text).not.toMatch(/(^|[^\\])\[[^\]\n]*\]\(/);
      expect(text).not.toMatch(/@everyone|@here|<@\d|<#\d/);
      expect(text).not.toContain('pw@');
      if (web && cites) expect(shownLinks(text).some((l) => l.startsWith('http'))).toBe(true);
      if (!web) expect(shownLinks(text).some((l) => l.includes('ok.example'))).toBe(false);
    });
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['HTTP://Example.org', 'http://example.org/'],
    ['https://example.org/a b>c', 'https://example.org/a%20b%3Ec'],
    ['https://example.org/[x](y)@z', 'https://example.org/%5Bx%5D%28y%29%40z'],
    ['https://u:p@example.org/', 'https://example.org/'],
    ['javascript:alert(1)', null],
    ['mailto:a@example.org', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (raw, expected) => {
    expect(safeUrl(raw)).toBe(expected);
  });
});
