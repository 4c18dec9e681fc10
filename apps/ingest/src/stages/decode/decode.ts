import { IngestError } from '../../errors.js';
import { countControls } from '../../text/control-chars.js';
import { decodeWindows1252 } from './windows-1252.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

/** Bytes to text: UTF-8 (BOM stripped), UTF-16 with a BOM, else windows-1252 with a warning; binary is refused. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new IngestError('EMPTY', 'the file is empty');
  let decoded: Decoded;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  } else {
    if (bytes.includes(0)) throw new IngestError('BINARY', 'the file holds NUL bytes: it looks binary, not text');
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', warnings: [] };
    } catch {
      decoded = {
        text: decodeWindows1252(body),
        encoding: 'windows-1252',
        warnings: ['the file is not valid UTF-8; it was read as windows-1252'],
      };
    }
  }
  const { text } = decoded;
  if (text.includes('\u0000'))
    throw new IngestError('BINARY', 'the file holds NUL characters: it looks binary, not text');
  const controls = countControls(text);
  if (controls > 0 && controls / text.length > 0.05) {
    throw new IngestError('BINARY', 'the file is mostly control characters: it looks binary, not text');
  }
  if (text.trim() === '') throw new IngestError('EMPTY', 'the file holds only blank space');
  return decoded;
}
