import type { PeopleTools } from './people-tools.js';

const CONTEXT =
  /(?:d[ée]l[ée]gation|partie|c[ôo]t[ée]|homologue|delegation|side|counterpart|gouvernement|government|arm[ée]e|army)\s+(\p{L}[\p{L}-]*)|(\p{L}[\p{L}-]*)\s+(?:delegation|side|counterpart|government|army|host)/giu;

/** "Defence Minister Nobuo Kishi of Japan". */
export function countryAfter(after: string, tools: PeopleTools): string | null {
  const m = /^\s+(?:of|du|de la|de l['’]|d['’]|de)\s*(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)/u.exec(after);
  return m?.[1] ? tools.gazetteer.countryOf(m[1]) : null;
}

export function countryIn(text: string, tools: PeopleTools): string | null {
  return tools.gazetteer.find(text).find((h) => h.type !== 'city')?.country ?? null;
}

// "…, X and Y sat on the Mexican side of the table", "X, du côté japonais, …": a side named after the people
const SIDE_AFTER = /(?:^|\s)on\s+the\s+(\p{L}[\p{L}-]*)\s+side(?!\p{L})|(?:^|\s)du\s+c[ôo]t[ée]\s+(\p{L}[\p{L}-]*)/giu;

/** The one side the rest of the clause puts its people on, or null (none, or two). */
export function sideAfter(after: string, tools: PeopleTools): string | null {
  const found = new Set<string>();
  for (const m of after.matchAll(SIDE_AFTER)) {
    const w = m[1] ?? m[2];
    const c = w ? tools.gazetteer.countryOf(w) : null;
    if (c) found.add(c);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

export function contextCountry(before: string, tools: PeopleTools): string | null {
  let found: string | null = null;
  for (const m of before.matchAll(CONTEXT)) {
    const w = m[1] ?? m[2];
    const c = w ? tools.gazetteer.countryOf(w) : null;
    if (c) found = c;
  }
  return found;
}

/** "…travel to the Philippines for talks with President X": the one foreign country the sentence names. */
export function soleForeignCountry(hits: readonly { type: string; country: string }[]): string | null {
  const codes = new Set(hits.filter((h) => h.type === 'country' && h.country !== 'VN').map((h) => h.country));
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

export function familyCountry(name: string, tools: PeopleTools): string | null {
  const first = name.split(/\s+/)[0] ?? '';
  return tools.gazetteer.isVietnameseFamilyName(first) ? 'VN' : null;
}
