// C0 and C1 controls, DEL, and the invisible format characters that reorder or hide text on a terminal
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/**
 * A file name safe to print on one terminal line: control characters (newlines, escape sequences)
 * and invisible format characters are written as escapes, and a backslash doubled so escapes stay
 * unambiguous.
 */
export function printable(name: string): string {
  if (!UNSAFE.test(name) && !name.includes('\\')) return name;
  UNSAFE.lastIndex = 0;
  return name.replace(/\\/g, '\\\\').replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
