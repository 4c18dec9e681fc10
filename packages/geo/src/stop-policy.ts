import type { Guard } from './types.js';

// The stop policy for city names, measured on the development articles (README.md, "Stop
// policy"). A city name counts when it starts with a capital letter and is not followed by
// another capitalised word, which makes it part of a person's or an organisation's name
// ("Riyad Mahrez", "Kano Koji", "AC Milan", "Hyderabad House", "à Vladimir Poutine"). A `free`
// name needs nothing more. A `context` name (a word, a first name, or a small place: "Nice",
// "Victoria", "Vinh", "Magelang") also needs
//   - a place preposition right before it ("in Magelang", "à Nice", "near Split"), or
//   - to open a line as a dateline does ("WILMINGTON —", "Tokyo (VNA) -", "HANOI, 12 mars").

// "in", "à", "travel to", French "de" ("l'aéroport de Zurich"); or a place noun before "of": "the port of".
// English "of" and "from" alone are left out: "the end of March", "from Vladimir Putin".
const PLACE_BEFORE = new RegExp(
  `(?:^|[\\s(,'’])(?:(?:in|at|near|outside|to|à|au|aux|dans|près de|depuis|vers|jusqu'à|de|du|d['’])\\s+|` +
    `(?:city|town|village|capital|port|airport|palace|province|region|suburbs?|outskirts|` +
    `ville|capitale|commune|port|aéroport|palais|château|base|baie|province|région|banlieue|environs|large)` +
    `\\s+(?:of\\s+|de\\s+(?:la\\s+)?|d['’]\\s*))$`,
  'iu',
);
const LINE_START = /(?:^|\n)[ \t]*$/;
const DATELINE_AFTER = /^\s*(?:[,(—–]|-\s)/u;
const NAME_AFTER = /^[ \t]+\p{Lu}\p{L}*/u;
// a capitalised word after the name that does not make it part of a longer name: a date, or a title
// opening the next clause ("reçu à Rabat M. Pedro Sánchez")
const NOT_A_NAME_AFTER =
  /^[ \t]+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Pr)\.?\s)/u;

/**
 * Whether the city name at `text.slice(start, end)` names the city, by the stop policy for a
 * name with that guard. It looks at most 40 characters either side.
 */
export function isCityMention(text: string, start: number, end: number, guard: Guard): boolean {
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  const after = text.slice(end, end + 40);
  if (NAME_AFTER.test(after) && !NOT_A_NAME_AFTER.test(after)) return false;
  if (guard === 'free') return true;
  const before = text.slice(Math.max(0, start - 40), start);
  return PLACE_BEFORE.test(before) || (LINE_START.test(before) && DATELINE_AFTER.test(after));
}
