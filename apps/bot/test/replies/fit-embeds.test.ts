import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitEmbeds, fitText } from '../../src/replies/fit-embeds.js';
import { makeReply } from '../../src/replies/make-reply.js';
import { expectWithinDiscordLimits } from '../support/discord-limits.js';

describe('fitText', () => {
  it('leaves text that fits alone', () => {
    expect(fitText('short [1]', 100)).toBe('short [1]');
  });

  it('cuts a long quote at a word with an ellipsis and keeps its citations whole', () => {
    const line = `“${'mot '.repeat(100)}fin” [12][3]`;
    const out = fitText(line, 120);
    expect(out.length).toBeLessThanOrEqual(120);
    expect(out.endsWith('…” [12][3]')).toBe(true);
    expect(out).not.toMatch(/mo…/);
  });

  it('keeps whole lines first and marks dropped ones', () => {
    const text = ['• one [1]', '• two [2]', `• ${'long '.repeat(50)}[3]`, '• four [4]'].join('\n');
    const out = fitText(text, 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.startsWith('• one [1]\n• two [2]\n')).toBe(true);
    expect(out).toMatch(/…/);
    // no citation number is ever cut in two
    for (const m of out.matchAll(/\[(\d*)\]?/g)) expect(['1', '2', '3', '4']).toContain(m[1]);
  });

  it('never leaves an escaping backslash before the ellipsis', () => {
    const out = fitText(`${'a'.repeat(40)}\\*${'b'.repeat(40)}`, 42);
    expect(out).not.toMatch(/(^|[^\\])\\…/);
  });

  it('fits any text in any room', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 1, max: 2000 }), (text, max) => {
        expect(fitText(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('fitEmbeds', () => {
  it('brings oversized embeds within every limit, 6000 characters in total', () => {
    const field = { name: 'n'.repeat(300), value: `${'v '.repeat(900)} [1]` };
    const embeds = Array.from({ length: 12 }, () => ({
      title: 't'.repeat(400),
      description: 'd '.repeat(3000),
      fields: Array.from({ length: 30 }, () => field),
      footer: { text: 'f'.repeat(3000) },
    }));
    expectWithinDiscordLimits(makeReply({ content: 'c'.repeat(2500), embeds }));
  });

  it('fits random embeds', () => {
    const text = fc.string({ maxLength: 2000 });
    const embed = fc.record({
      title: text,
      description: fc.string({ maxLength: 5000 }),
      fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 12 }), (embeds) => {
        expectWithinDiscordLimits(makeReply({ embeds }));
      }),
      { numRuns: 60 },
    );
  });

  it('does not touch embeds that fit', () => {
    const embeds = [{ title: 'a', description: 'b', fields: [{ name: 'c', value: 'd [1]' }] }];
    expect(fitEmbeds(embeds)).toEqual(embeds);
  });
});
