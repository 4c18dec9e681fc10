import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/errors.js';
import { decode } from '../../../src/stages/decode/decode.js';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
const utf16le = (s: string) => [0xff, 0xfe, ...Buffer.from(s, 'utf16le')];
const utf16be = (s: string) => [0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()];

describe('decode', () => {
  it.each([
    ['plain UTF-8', bytes('Hanoï, le 9 février'), 'Hanoï, le 9 février', 'utf-8'],
    ['UTF-8 with a BOM (stripped)', bytes([0xef, 0xbb, 0xbf], 'Tokyo'), 'Tokyo', 'utf-8'],
    ['UTF-16 LE with a BOM', new Uint8Array(utf16le('Hoàng Xuân Chiên')), 'Hoàng Xuân Chiên', 'utf-16le'],
    ['UTF-16 BE with a BOM', new Uint8Array(utf16be('Défense')), 'Défense', 'utf-16be'],
    [
      'windows-1252 (invalid UTF-8)',
      bytes('coop', [0xe9], 'ration ', [0x93], 'x', [0x94]),
      'coopération “x”',
      'windows-1252',
    ],
  ])('%s', (_name, input, text, encoding) => {
    const d = decode(input);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(d.warnings.length > 0).toBe(encoding === 'windows-1252');
  });

  it.each([
    ['no bytes', new Uint8Array(), 'EMPTY'],
    ['only blank space', bytes(' \n\t\n'), 'EMPTY'],
    ['NUL bytes', bytes('PK', [0, 0, 3, 4], 'abc'), 'BINARY'],
    ['mostly control characters', bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15], 'ab'), 'BINARY'],
  ])('refuses %s', (_name, input, code) => {
    expect(() => decode(input)).toThrow(IngestError);
    try {
      decode(input);
    } catch (error) {
      expect((error as IngestError).code).toBe(code);
    }
  });
});

describe('decode: a bad spot in UTF-8, and UTF-16 without a byte-order mark', () => {
  const accented = 'Le ministre a évoqué la coopération économique à Hanoï. '.repeat(40);

  it('replaces only the bad sequence of a UTF-8 file (C3 28 inserted), with a warning naming its byte offset', () => {
    const good = Buffer.from(accented, 'utf8');
    const at = 101;
    const input = new Uint8Array(Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x28]), good.subarray(at)]));
    const d = decode(input);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).not.toContain('Ã');
    expect([...d.text].filter((c) => c === '\uFFFD')).toHaveLength(1);
    expect(d.text.replace('\uFFFD(', '')).toBe(accented);
    expect(d.warnings).toEqual([expect.stringMatching(/1 invalid UTF-8 sequence \(at byte 101\)/)]);
  });

  it('counts the BOM in the offset and lists at most five offsets', () => {
    const bad = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      ...Array.from({ length: 7 }, () => Buffer.concat([Buffer.from('économie '), Buffer.from([0xff])])),
    ]);
    const d = decode(new Uint8Array(bad));
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings[0]).toMatch(/7 invalid UTF-8 sequences \(at byte 13, 24, 35, 46, 57 and 2 more\)/);
  });

  it('still reads a file whose accents are all invalid UTF-8 as windows-1252', () => {
    const d = decode(new Uint8Array(Buffer.from(accented, 'latin1')));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(accented);
  });

  it.each([
    ['little-endian', 'utf-16le', Buffer.from(accented, 'utf16le')],
    ['big-endian', 'utf-16be', Buffer.from(accented, 'utf16le').swap16()],
  ])('recognises UTF-16 %s without a BOM by its NUL bytes', (_name, encoding, input) => {
    const d = decode(new Uint8Array(input));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(accented);
  });
});
