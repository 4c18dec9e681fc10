import type { Guard } from './types.js';

// The stop policy for city names, measured on the development articles (README.md, "Stop
// policy"). A `free` name counts wherever it starts with a capital letter. A `context` name
// (a word, a first name, or a small place: "Nice", "Victoria", "Vinh", "Magelang") also needs
//   - a place preposition right before it ("in Magelang", "à Nice", "near Split"), or
//   - to open a line as a dateline does ("WILMINGTON —", "Tokyo (VNA) -", "HANOI, 12 mars"),
// and must not be followed by another capitalised word, which makes it part of a person's or an
// organisation's name ("à Vladimir Poutine", "in Victoria Nuland's office").

const PLACE_BEFORE =
  /(?:^|[\s(,'’])(?:(?:in|at|near|outside|à|au|aux|dans|près de|depuis|vers)\s+|(?:city|town|village|ville|capitale?|commune)\s+(?:of\s+|de\s+|d['’]\s*))$/iu;
const LINE_START = /(?:^|\n)[ \t]*$/;
const DATELINE_AFTER = /^\s*(?:[,(—–]|-\s)/u;
const NAME_AFTER = /^[ \t]+\p{Lu}\p{L}*/u;
const CALENDAR =
  /^[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * Whether the city name at `text.slice(start, end)` names the city, by the stop policy for a
 * name with that guard. It looks at most 40 characters either side.
 */
export function isCityMention(text: string, start: number, end: number, guard: Guard): boolean {
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  if (guard === 'free') return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (NAME_AFTER.test(after) && !CALENDAR.test(after)) return false;
  return PLACE_BEFORE.test(before) || (LINE_START.test(before) && DATELINE_AFTER.test(after));
}
