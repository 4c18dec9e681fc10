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
