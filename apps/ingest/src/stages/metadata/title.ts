import { nameShaped, wordCount } from '../../text/line-signals.js';

/**
 * A title copied from a browser tab often ends with the site's name ("… | The Diplomat",
 * "… - Le Monde"): that suffix is the publisher, not the title.
 */
export function splitTitleSuffix(title: string): { title: string; publisher: string | null } {
  const m = /^(.{20,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/u.exec(title);
  const suffix = m?.[2]?.trim();
  if (m?.[1] && suffix && wordCount(suffix) <= 4 && nameShaped(suffix))
    return { title: m[1].trim(), publisher: suffix };
  return { title, publisher: null };
}
