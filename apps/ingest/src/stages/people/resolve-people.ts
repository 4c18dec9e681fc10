import type { ArticlePerson, FoundPerson } from '../../draft/mentions.js';

/** "HAYASHI Yoshimasa" → "Hayashi Yoshimasa": a family name in capitals is shown like the rest. */
export function displayName(written: string): string {
  return written.replace(/\p{Lu}{3,}/gu, (w) => (/^[IVX]+$/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()));
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
  const byKey = new Map<string, FoundPerson[]>();
  for (const p of found) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  const keys = [...byKey.keys()];
  const rename = new Map<string, string>();
  for (const k of keys) {
    const tokens = k.split('-');
    const fuller = keys.filter(
      (o) => o !== k && o.split('-').length > tokens.length && tokens.every((t) => o.split('-').includes(t)),
    );
    if (fuller.length === 1 && fuller[0]) rename.set(k, fuller[0]);
  }
  for (const p of found) p.key = rename.get(p.key) ?? p.key;

  const people = new Map<string, ArticlePerson>();
  const guessed = new Set<string>();
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
    }
    e.mentions += 1;
    if (!p.anaphor && p.name.text.split(/\s+/).length > e.name.split(/\s+/).length) e.name = displayName(p.name.text);
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
