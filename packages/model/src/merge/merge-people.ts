import type { Article } from '../article.js';
import type { CorpusEvent, CorpusPerson } from '../corpus.js';
import type { Source } from '../source.js';
import { byLocale, fold } from './folding.js';

/** One person per key: every spelling and country counted, roles with their sources, meetings attended. */
export function mergePeople(articles: readonly Article[], events: readonly CorpusEvent[]): CorpusPerson[] {
  const people = new Map<
    string,
    {
      names: Map<string, number>;
      /** Per country: the articles that give it and the mentions that say so. */
      countries: Map<string, { articles: Set<string>; sources: Source[] }>;
      roles: Map<string, { role: string; sources: Source[] }>;
      mentions: Source[];
    }
  >();
  const entry = (key: string) => {
    let e = people.get(key);
    if (!e) {
      e = { names: new Map(), countries: new Map(), roles: new Map(), mentions: [] };
      people.set(key, e);
    }
    return e;
  };
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of articles) {
    for (const p of a.people) {
      const e = entry(p.key);
      count(e.names, p.name);
      if (p.country) {
        const c = e.countries.get(p.country) ?? { articles: new Set<string>(), sources: [] };
        c.articles.add(a.id);
        c.sources.push(p.source);
        e.countries.set(p.country, c);
      }
      e.mentions.push(p.source);
      if (p.role) {
        const r = e.roles.get(fold(p.role));
        if (r) r.sources.push(p.source);
        else e.roles.set(fold(p.role), { role: p.role, sources: [p.source] });
      }
    }
  }
  const eventsOf = new Map<string, string[]>();
  for (const ev of events) {
    for (const p of ev.participants) {
      count(entry(p.key).names, p.name);
      // a merged event lists each participant key once
      const ids = eventsOf.get(p.key);
      if (ids) ids.push(ev.id);
      else eventsOf.set(p.key, [ev.id]);
    }
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0];
  return [...people.entries()]
    .map(([key, e]) => ({
      key,
      name: top(e.names) ?? key,
      aliases: [...e.names.keys()],
      ...countryOf(e.countries),
      roles: [...e.roles.values()],
      mentions: e.mentions,
      events: eventsOf.get(key) ?? [],
    }))
    .sort((x, y) => byLocale(x.key, y.key));
}

/** The majority country over articles (one article, one vote; ties to the most mentions), and the conflict if any. */
function countryOf(countries: Map<string, { articles: Set<string>; sources: Source[] }>): {
  country: string | null;
  countryConflict?: { country: string; sources: Source[] }[];
} {
  const ranked = [...countries.entries()].sort(
    (x, y) => y[1].articles.size - x[1].articles.size || y[1].sources.length - x[1].sources.length,
  );
  const country = ranked[0]?.[0] ?? null;
  if (ranked.length < 2) return { country };
  return { country, countryConflict: ranked.map(([c, v]) => ({ country: c, sources: v.sources })) };
}
