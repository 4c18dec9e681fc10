import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import type { ReplyPayload } from '../../src/core/contract.js';
import { cutText } from '../../src/core/discord-limits.js';
import { QueryEngine } from '../../src/engine/index.js';
import { buildArticle, date } from '../support/article-builder.js';
import { expectWithinDiscordLimits, payloadText } from '../support/discord-limits.js';
import { realDispatcher } from '../support/real-dispatcher.js';

const graphemes = (s: string) =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
const FLAG = '🇯🇵';
const FAMILY = '👨‍👩‍👧';
const ACCENTED = 'e\u0301'; // é as e + combining acute

describe('cutText', () => {
  it.each([
    ['short', 10, 'short'],
    ['0123456789', 10, '0123456789'],
    ['0123456789a', 10, '012345678…'],
    ['😀'.repeat(10), 6, '😀😀…'],
    ['😀'.repeat(10), 5, '😀😀…'],
    [FLAG.repeat(10), 10, `${FLAG}${FLAG}…`],
    [FAMILY.repeat(5), 12, `${FAMILY}…`],
    [ACCENTED.repeat(10), 6, `${ACCENTED}${ACCENTED}…`],
    ['', 0, ''],
  ])('%s in %i -> %s', (text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });

  it('cuts without an ellipsis when asked, still between whole characters', () => {
    expect(cutText('😀'.repeat(10), 5, '')).toBe('😀😀');
  });
});

// Titles and names made of characters that take two UTF-16 units or several code points.
const emojiTitle = '😀'.repeat(150);
const flagName = `${FLAG.repeat(70)} summit`;
const article = buildArticle({
  id: 'en-emoji',
  title: emojiTitle,
  language: 'en',
  publisher: FAMILY.repeat(200),
  published: date('2025-03-01', 'March 1, 2025'),
  paragraphs: [[`Leaders met in Osaka for the ${flagName} ${'😀'.repeat(400)}.`]],
  people: [{ name: 'Ken Mori', role: ACCENTED.repeat(300), country: 'JP', at: 'Leaders met in Osaka' }],
  events: [
    {
      id: 'jp-flag-summit-2025',
      kind: 'summit',
      name: flagName,
      date: date('2025-03-01', 'March 1, 2025'),
      place: { name: 'Osaka', country: 'JP' },
      participants: [{ name: 'Ken Mori', role: ACCENTED.repeat(300), country: 'JP' }],
      evidence: ['Leaders met in Osaka'],
    },
  ],
});
const dispatcher = realDispatcher(new QueryEngine(mergeCorpus([article])));

/** Every string is well formed, and every run of one repeated character is whole. */
function expectWholeCharacters(text: string): void {
  expect(text).not.toMatch(/[\uD800-\uDFFF]/u); // a lone surrogate
  for (const g of graphemes(text)) {
    if (g.includes('\u{1F1EF}') || g.includes('\u{1F1F5}')) expect(g).toBe(FLAG);
    if (g.includes('\u200d')) expect(g).toBe(FAMILY);
  }
}

describe('every cut keeps whole characters', () => {
  it.each([
    ['source', 'article', ''],
    ['source', 'article', '😀'],
    ['meeting', 'query', 'summit'],
    ['person', 'name', 'Ken'],
  ])('autocomplete /%s %s:%s', async (name, option, typed) => {
    const choices = await dispatcher.autocomplete({
      name,
      options: {},
      locale: 'en',
      focused: { name: option, value: typed },
    });
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expectWholeCharacters(c.name);
      if (typeof c.value === 'string') expectWholeCharacters(c.value);
    }
  });

  it.each([
    ['source', { article: 'en-emoji' }],
    ['meeting', { query: 'summit Osaka' }],
    ['person', { name: 'Ken Mori' }],
    ['timeline', { from: '2025' }],
    ['search', { text: 'Leaders Osaka' }],
  ])('reply /%s', async (name, options) => {
    const outcome = await dispatcher.command({ name, options, locale: 'en' });
    const reply: ReplyPayload = outcome.payload;
    expectWithinDiscordLimits(reply);
    const text = payloadText(reply);
    expect(text).toMatch(/Osaka|😀|🇯🇵/);
    expectWholeCharacters(text);
  });
});
