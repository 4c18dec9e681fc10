// Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80–0x9F become C1 controls), so the
// 32 bytes where the two differ are mapped here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes windows-1252 bytes (the usual encoding of text saved by older Windows editors). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
