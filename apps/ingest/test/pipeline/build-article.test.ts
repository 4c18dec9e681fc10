import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/errors.js';
import { buildArticle } from '../../src/pipeline/build-article.js';
import { articleId } from '../../src/stages/normalise/normalise.js';
import { ARTICLE_EN, ARTICLE_FR } from '../cli/fixtures.js';
import { resources } from '../support/resources.js';

const build = (text: string | Uint8Array, file = 'x.txt') =>
  buildArticle(
    {
      bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
      file: `/some/folder/${file}`,
      ingestedAt: '2024-01-01T00:00:00.000Z',
    },
    resources,
  );

// the first build loads the lexicons and the extraction's tables
describe('buildArticle', { timeout: 60_000 }, () => {
  it('cleans, repairs and splits a pasted page into an article whose every offset holds', () => {
    const a = build(ARTICLE_FR.replace('poursuivre le déminage', 'poursuivrele déminage'));
    expect(a.source.file).toBe('x.txt');
    expect(a.repairs).toEqual([{ from: 'poursuivrele', to: 'poursuivre le', start: a.body.indexOf('poursuivre le') }]);
    for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
    expect(a.sentences[0]?.text.startsWith('Le ministre cambodgien')).toBe(true);
    expect(a.removed.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['publisher-line', 'date-line', 'caption', 'marker', 'teaser']),
    );
    expect(a.body.split('\n\n')).toHaveLength(4);
  });

  it.each([
    // the site's header date (the day the page was copied) yields to a dateline stating its year
    ['Saturday 17 December 2022 | Edition: Gulf', 'Riyadh, 10/12/2022 — ', '2022-12-10'],
    // a labelled publication line stays the publication date
    ['Published: 11 December 2022', 'Riyadh, 10/12/2022 — ', '2022-12-11'],
    // a dateline without a year leaves the header date alone
    ['Saturday 17 December 2022 | Edition: Gulf', 'RIYADH, Dec 10 (SPA) — ', '2022-12-17'],
  ])('reads the publication date from %s with the dateline %s', (header, dateline, iso) => {
    const a = build(
      `Gulf Daily Courier\n\n${header}\n\nSaudi Arabia and China sign a strategic partnership in Riyadh\n\n${dateline}King Salman and President Xi Jinping signed a comprehensive strategic partnership agreement on Thursday in Riyadh.\n\nThe two sides agreed to hold a meeting between the two heads of state every two years.`,
    );
    expect(a.published?.iso).toBe(iso);
  });

  it('lets front matter override what detection finds', () => {
    const a = build(
      `---\ntitle: Titre donné\npublisher: Mon Journal\nurl: https://example.org/x\npublished: 2 mars 2021\n---\n${ARTICLE_FR}`,
    );
    expect([a.title, a.publisher, a.url, a.published?.iso]).toEqual([
      'Titre donné',
      'Mon Journal',
      'https://example.org/x',
      '2021-03-02',
    ]);
    expect(a.removed[0]?.kind).toBe('front-matter');
  });

  it('keeps an http(s) link from a "Source :" line and drops one that could break out of a link', () => {
    expect(build(`${ARTICLE_FR}\n\nSource : https://example.org/a-b\n`).url).toBe('https://example.org/a-b');
    const hostile = build(`${ARTICLE_FR}\n\nSource : https://ok.example/a>@everyone[x](http://evil.example)\n`);
    expect(hostile.url).toBeNull();
    expect(hostile.warnings.some((w) => /not an http\(s\) address/.test(w))).toBe(true);
  });

  it('reads windows-1252 with a warning on the article', () => {
    // curly quotes as windows-1252 writes them (0x93, 0x94): not valid UTF-8
    const a = build(new Uint8Array([...Buffer.from(ARTICLE_EN, 'latin1'), 0x93, 0x41, 0x94, 0x0a]));
    expect(a.warnings.some((w) => /windows-1252/.test(w))).toBe(true);
  });

  it('gives the same id to the same text with other spacing', () => {
    expect(articleId('Le  Japon\r\net le\u00a0Vietnam')).toBe(articleId('Le Japon et le Vietnam'));
    expect(build(ARTICLE_EN).id).toBe(build(ARTICLE_EN.replace(/ /g, '  ')).id);
  });

  it.each([
    ['only page furniture', 'Comment (0)\n\nNo data\n\nShare this article\n'],
    ['a title and nothing else', 'Un titre sans article\n'],
  ])('refuses %s as no article text', (_name, text) => {
    expect(() => build(text)).toThrow(IngestError);
    expect(() => build(text)).toThrow(/no article text/);
  });
});
