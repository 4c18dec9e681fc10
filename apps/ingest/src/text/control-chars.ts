/** C0 control characters other than tab, line feed, carriage return (and form feed when `keepFormFeed`), plus DEL. */
export function isControl(code: number, keepFormFeed = false): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d || (keepFormFeed && code === 0x0c)) return false;
  return code < 0x20 || code === 0x7f;
}

/** How many control characters the text holds. */
export function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i), true)) n++;
  return n;
}

// the characters isControl(code) (without keepFormFeed) is true for
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** The text without control characters. */
export function stripControls(text: string): string {
  // most texts hold none: one regex scan instead of a copy built character by character
  if (!CONTROL.test(text)) return text;
  let out = '';
  for (const ch of text) if (!isControl(ch.charCodeAt(0))) out += ch;
  return out;
}
