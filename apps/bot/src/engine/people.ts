import type { CorpusPerson, CorpusRole, Source } from '@kizuna/model';
import { nameTokens } from '@kizuna/model';
import { withinOneEdit } from './index/fuzzy.js';

/** A person as the bot shows them: corpus people whose name is a part of one fuller name are one. */
export interface PersonView {
  key: string;
  /** Every corpus key folded into this person ("kishida" into "fumio-kishida"). */
  keys: string[];
  name: string;
  aliases: string[];
  country: string | null;
  roles: CorpusRole[];
  mentions: Source[];
  events: string[];
  /** Folded name words. */
  tokens: Set<string>;
}

const tokensOf = (p: CorpusPerson) => new Set([...p.key.split('-'), ...p.aliases.flatMap(nameTokens)]);
const isSubset = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every((t) => b.has(t));

/**
 * Folds a surname-only mention ("Kishida") into the one person whose fuller name holds it
 * ("Fumio Kishida"); when several fuller names hold it, it stays on its own rather than guess.
 */
export function buildPeople(people: readonly CorpusPerson[]): PersonView[] {
  const tokens = new Map(people.map((p) => [p.key, tokensOf(p)]));
  const parent = new Map<string, string>();
  for (const p of people) {
    const mine = tokens.get(p.key) ?? new Set<string>();
    const supersets = people.filter(
      (q) =>
        q.key !== p.key &&
        isSubset(mine, tokens.get(q.key) ?? new Set()) &&
        (!p.country || !q.country || p.country === q.country),
    );
    // only the fullest names: "kishida" ⊂ "fumio-kishida" ⊂ "fumio-kishida-x" counts once
    const maximal = supersets.filter(
      (q) =>
        !supersets.some((r) => r !== q && isSubset(tokens.get(q.key) ?? new Set(), tokens.get(r.key) ?? new Set())),
    );
    if (maximal.length === 1 && maximal[0]) parent.set(p.key, maximal[0].key);
  }
  const views = new Map<string, PersonView>();
  for (const p of people) {
    if (parent.has(p.key)) continue;
    views.set(p.key, {
      key: p.key,
      keys: [p.key],
      name: p.name,
      aliases: [...p.aliases],
      country: p.country,
      roles: p.roles.map((r) => ({ role: r.role, sources: [...r.sources] })),
      mentions: [...p.mentions],
      events: [...p.events],
      tokens: new Set(tokens.get(p.key)),
    });
  }
  for (const p of people) {
    const target = parent.get(p.key);
    const view = target ? views.get(target) : undefined;
    if (!view) continue;
    view.keys.push(p.key);
    for (const a of p.aliases) if (!view.aliases.includes(a)) view.aliases.push(a);
    view.country ??= p.country;
    for (const r of p.roles) {
      const same = view.roles.find((x) => x.role.toLowerCase() === r.role.toLowerCase());
      if (same) same.sources.push(...r.sources);
      else view.roles.push({ role: r.role, sources: [...r.sources] });
    }
    view.mentions.push(...p.mentions);
    for (const e of p.events) if (!view.events.includes(e)) view.events.push(e);
  }
  // the name shown: the shortest name of two words or more, the most used among equals; a fuller
  // key may carry a stray word ("Défense Kishi Nobuo"), a surname alone says too little
  const byKey = new Map(people.map((p) => [p.key, p]));
  for (const view of views.values()) {
    if (view.keys.length < 2) continue;
    const named = view.keys
      .map((k) => byKey.get(k))
      .filter((p): p is CorpusPerson => !!p && p.key.split('-').length >= 2)
      .sort((a, b) => a.key.split('-').length - b.key.split('-').length || b.mentions.length - a.mentions.length);
    if (named[0]) view.name = named[0].name;
  }
  return [...views.values()];
}

/** How well typed name words match a person: every word exact (2) or with one typo or as a prefix (1). */
export function personScore(typed: readonly string[], person: PersonView): number {
  if (!typed.length) return 0;
  let total = 0;
  for (const w of typed) {
    if (person.tokens.has(w)) {
      total += 2;
      continue;
    }
    let near = false;
    for (const t of person.tokens) {
      if ((w.length >= 4 && withinOneEdit(w, t)) || (w.length >= 3 && t.startsWith(w))) {
        near = true;
        break;
      }
    }
    if (!near) return 0;
    total += 1;
  }
  // of two people matching every word, the one with fewer other words is closer
  return total / (2 * typed.length) + 0.01 / (1 + person.tokens.size - typed.length);
}
