import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldLines } from '../../src/replies/field-lines.js';
import { fitText } from '../../src/replies/fit-embeds.js';

describe('FieldLines', () => {
  it('stops taking lines one past the limit', () => {
    const lines = new FieldLines(20);
    expect(lines.push('0123456789')).toBe(true);
    expect(lines.push('0123456789')).toBe(false);
    expect(lines.full).toBe(true);
    expect(lines.push('never')).toBe(false);
    expect(lines.text()).toBe('0123456789\n0123456789');
  });

  it('fits to the same text as all the lines would', () => {
    const line = fc.string({ maxLength: 60 }).map((s) => s.replace(/\n/g, ' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.integer({ min: 10, max: 200 }), (all, max) => {
        const kept = new FieldLines(max);
        for (const l of all) if (!kept.push(l)) break;
        expect(fitText(kept.text(), max)).toBe(fitText(all.join('\n'), max));
      }),
    );
  });
});
