import { IngestError } from '../../errors.js';
import { countControls } from '../../text/control-chars.js';
import { scanUtf8 } from './utf8-errors.js';
import { guessUtf16 } from './utf16-guess.js';
import { decodeWindows1252 } from './windows-1252.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

const SHOWN_OFFSETS = 5;

/** UTF-8 with each bad sequence replaced (and a warning), or windows-1252 when it is not UTF-8 as a whole. */
function decodeUtf8OrLegacy(body: Uint8Array, offset: number): Decoded {
  const { invalid, multiByte } = scanUtf8(body);
  if (!invalid.length) return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', warnings: [] };
  // a legacy file's accents are all invalid UTF-8; a UTF-8 file with a bad spot has mostly valid ones
  if (invalid.length > multiByte) {
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warnings: ['the file is not valid UTF-8; it was read as windows-1252'],
    };
  }
  const at = invalid.slice(0, SHOWN_OFFSETS).map((i) => i + offset);
  const more = invalid.length > SHOWN_OFFSETS ? ` and ${invalid.length - SHOWN_OFFSETS} more` : '';
  return {
    text: new TextDecoder('utf-8').decode(body),
    encoding: 'utf-8',
    warnings: [
      `the file holds ${invalid.length} invalid UTF-8 sequence${invalid.length > 1 ? 's' : ''} ` +
        `(at byte ${at.join(', ')}${more}), each replaced by U+FFFD`,
    ],
  };
}

function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, warnings: [`the file was read as ${utf16}`] };
  }
  if (bytes.includes(0)) throw new IngestError('BINARY', 'the file holds NUL bytes: it looks binary, not text');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decodeUtf8OrLegacy(bytes.subarray(bom), bom);
}

/**
 * Bytes to text: UTF-8 (BOM stripped, a bad sequence replaced), UTF-16 with or without a BOM, else
 * windows-1252 with a warning; empty and binary files are refused.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new IngestError('EMPTY', 'the file is empty');
  const decoded = decodeText(bytes);
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
