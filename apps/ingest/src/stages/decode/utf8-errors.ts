/** Where a byte sequence is not UTF-8, and how much of it is UTF-8 beyond ASCII. */
export interface Utf8Scan {
  /** Byte offsets of the invalid sequences, one per U+FFFD that TextDecoder puts in their place. */
  invalid: number[];
  /** Well-formed multi-byte sequences: many of them and few invalid ones mean UTF-8 with a bad spot. */
  multiByte: number;
}

// the second byte's range after each lead byte (RFC 3629 table; excludes overlongs and surrogates)
function secondRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Finds invalid UTF-8 the way the WHATWG decoder replaces it (each maximal invalid subpart is one
 * U+FFFD). Hand-written because TextDecoder reports neither where nor how often it replaced.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const invalid: number[] = [];
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) {
      invalid.push(i);
      i++;
      continue;
    }
    let [low, high] = secondRange(lead);
    let k = 1;
    while (k < length) {
      const b = bytes[i + k];
      if (b === undefined || b < low || b > high) break;
      [low, high] = [0x80, 0xbf];
      k++;
    }
    if (k === length) multiByte++;
    else invalid.push(i);
    i += k;
  }
  return { invalid, multiByte };
}
