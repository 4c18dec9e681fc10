export type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * UTF-16 without a byte-order mark: text in Latin scripts has a NUL in most code units' high byte,
 * so NULs crowd one byte parity (odd for little-endian) and are nearly absent from the other.
 */
export function guessUtf16(bytes: Uint8Array): Utf16 | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = bytes.length / 2;
  if (odd >= units * 0.3 && even <= units * 0.02) return 'utf-16le';
  if (even >= units * 0.3 && odd <= units * 0.02) return 'utf-16be';
  return null;
}
