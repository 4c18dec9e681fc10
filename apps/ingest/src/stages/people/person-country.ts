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
