import type { ArticlePerson, FoundPerson } from '../../draft/mentions.js';

/** "HAYASHI Yoshimasa" → "Hayashi Yoshimasa": a family name in capitals is shown like the rest. */
export function displayName(written: string): string {
  return written.replace(/\p{Lu}{3,}/gu, (w) => (/^[IVX]+$/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()));
}

/** One letter apart (an added, dropped or changed letter), in words long enough to tell apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [x, y] = a.length >= b.length ? [a, b] : [b, a];
  return x.slice(i + 1) === y.slice(i + (x.length === y.length ? 1 : 0));
}
const near = oneEditApart;

/**
 * "Volodymyr Zelensky" and "Volodymyr Zelenskyy" in one article are one person: keys of as many
 * words, each word the same or one letter apart, take the key written most often.
 */
function mergeVariants(found: FoundPerson[]) {
  const count = new Map<string, number>();
  for (const p of found) count.set(p.key, (count.get(p.key) ?? 0) + 1);
  const keys = [...count.keys()].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
  const rename = new Map<string, string>();
  keys.forEach((k, i) => {
    const t = k.split('-');
    const main = keys
      .slice(0, i)
      .find(
        (o) => !rename.has(o) && o.split('-').length === t.length && o.split('-').every((u, j) => near(u, t[j] ?? '')),
      );
    if (main) rename.set(k, main);
  });
  for (const p of found) p.key = rename.get(p.key) ?? p.key;
}

/**
 * Gives every mention the key of the fullest name met in the article ("Kishida" → "Fumio Kishida"
 * when only one known name contains it), then gathers each person's role and country.
 */
export function resolvePeople(
  found: FoundPerson[],
  fallbackCountry: string | null | ((p: ArticlePerson) => string | null),
  /** The country a person's fullest name tells (a Vietnamese family name first): beats a guess. */
  nameCountry: (name: string) => string | null = () => null,
): Map<string, ArticlePerson> {
  mergeVariants(found);
  const byKey = new Map<string, FoundPerson[]>();
  for (const p of found) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  const keys = [...byKey.keys()];
  const rename = new Map<string, string>();
  for (const k of keys) {
    const tokens = k.split('-');
    const fuller = keys.filter(
      (o) =>
        o !== k && o.split('-').length > tokens.length && tokens.every((t) => o.split('-').some((u) => near(t, u))),
    );
    if (fuller.length === 1 && fuller[0]) rename.set(k, fuller[0]);
  }
  for (const p of found) p.key = rename.get(p.key) ?? p.key;

  const people = new Map<string, ArticlePerson>();
  const guessed = new Set<string>();
  const titleOnly = new Set<string>();
  for (const p of found) {
    let e = people.get(p.key);
    if (!e) {
      e = {
        key: p.key,
        name: displayName(p.name.text),
        tokens: p.key.split('-'),
        role: null,
        rolePriority: 0,
        country: null,
        mentions: 0,
      };
      people.set(p.key, e);
      if (p.anaphor) titleOnly.add(p.key);
    }
    e.mentions += 1;
    // a person first met as "le président français" takes the name written later
    if (!p.anaphor && (titleOnly.has(e.key) || p.name.text.split(/\s+/).length > e.name.split(/\s+/).length)) {
      e.name = displayName(p.name.text);
      titleOnly.delete(e.key);
    }
    if (p.role && p.role.priority > e.rolePriority) {
      e.role = p.role.text;
      e.rolePriority = p.role.priority;
    }
    // a country read from a role or its context replaces a guess; the first of each kind wins
    if (p.country && (!e.country || (guessed.has(e.key) && !p.countryGuessed))) {
      e.country = p.country;
      if (p.countryGuessed) guessed.add(e.key);
      else guessed.delete(e.key);
    }
  }
  for (const e of people.values()) {
    // on the fullest name: "Le Drian" alone would pass for a Vietnamese name, "Jean-Yves Le Drian" does not
    if (!e.country || guessed.has(e.key)) e.country = nameCountry(e.name) ?? e.country;
    e.country ??= typeof fallbackCountry === 'function' ? fallbackCountry(e) : fallbackCountry;
  }
  return people;
}
