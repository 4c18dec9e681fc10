/**
 * An address as a reply may show it: http(s) only, parsed and re-serialised, and after the host
 * every character that could close `<…>`, start a masked link, format or mention is
 * percent-encoded (servers read `%5B` as `[`). Null when it is no web address. Every URL a reply
 * renders goes through here, even from articles validated at ingest: a corpus may be older.
 */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // origin drops any user:password@, which a link never needs
  const rest = `${url.pathname}${url.search}${url.hash}`.replace(
    /[\s<>"'`{}|\\^[\]()@*_~]/gu,
    (c) => `%${c.codePointAt(0)?.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `${url.origin}${rest}`;
}

/** The address as a link that shows no preview (`<…>`), or null when it is no web address. */
export function linkText(raw: string | null | undefined): string | null {
  const url = safeUrl(raw);
  return url ? `<${url}>` : null;
}
