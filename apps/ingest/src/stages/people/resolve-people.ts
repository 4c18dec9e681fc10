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
    e.country ??= p.country;
  }
  for (const e of people.values())
    e.country ??= typeof fallbackCountry === 'function' ? fallbackCountry(e) : fallbackCountry;
  return people;
}
