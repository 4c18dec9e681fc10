import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/stages/decode/decode.js';
import { isControl } from '../../src/text/control-chars.js';

// text decode accepts: no control characters, not blank, not starting with a byte-order mark
const text = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 200 })
  .map((s) => [...s].filter((c) => !isControl(c.codePointAt(0) ?? 0, true)).join(''))
  .filter((s) => s.trim() !== '' && !s.startsWith('\uFEFF'));

// byte sequences that are each one maximal invalid subpart (one U+FFFD), followed by ASCII
const BAD = [[0x80], [0xbf], [0xc0], [0xc1], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xf5], [0xfe], [0xff]];

describe('decode, property', () => {
  it('gives back valid UTF-8 text unchanged, with no warning', () => {
    fc.assert(
      fc.property(text, (s) => {
        const d = decode(new Uint8Array(Buffer.from(s, 'utf8')));
        expect(d.text).toBe(s);
        expect(d.encoding).toBe('utf-8');
        expect(d.warnings).toEqual([]);
      }),
    );
  });

  it('replaces one bad sequence inserted between ASCII and multi-byte text by exactly one U+FFFD', () => {
    const accented = 'économie coopération à Hanoï ';
    fc.assert(
      fc.property(text, fc.constantFrom(...BAD), fc.nat(), (s, bad, where) => {
        const good = Buffer.from(`${accented}${s.replaceAll('\uFFFD', '')}`, 'utf8');
        // cut at a character boundary of the accented prefix, followed by an ASCII letter
        const at = Buffer.byteLength(accented.slice(0, where % accented.length), 'utf8');
        const input = Buffer.concat([good.subarray(0, at), Buffer.from(bad), Buffer.from('x'), good.subarray(at)]);
        const d = decode(new Uint8Array(input));
        expect(d.encoding).toBe('utf-8');
        expect([...d.text].filter((c) => c === '\uFFFD')).toHaveLength(1);
        expect(d.text.replace('\uFFFDx', '')).toBe(good.toString('utf8'));
        expect(d.warnings[0]).toContain(`at byte ${at}`);
      }),
    );
  });
});
