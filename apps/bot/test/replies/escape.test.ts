import { describe, expect, it } from 'vitest';
import { escapeText, unescapeText } from '../../src/replies/escape.js';

describe('escapeText', () => {
  it.each([
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['_it_ ~~s~~ ||sp|| `code`', '\\_it\\_ \\~\\~s\\~\\~ \\|\\|sp\\|\\| \\`code\\`'],
    ['[click](https://evil.example)', '\\[click\\]\\(https\\://evil.example\\)'],
    ['# Heading', '\\# Heading'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['vice-ministre (2+2)', 'vice-ministre \\(2+2\\)'],
  ])('%s → %s', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it('neutralises mentions so they cannot ping or render', () => {
    const out = escapeText('@everyone @here <@123456789012345678> <@&42> <#42>');
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out).not.toMatch(/<@\d|<@&|<#\d/);
  });

  it('round-trips to the original text for the terminal', () => {
    const raw = '**a** [b](http://c) @everyone <@1> # d';
    expect(unescapeText(escapeText(raw))).toBe(raw);
  });
});
