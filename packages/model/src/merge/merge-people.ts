import type { Article } from '../article.js';
import type { CorpusEvent, CorpusPerson } from '../corpus.js';
import type { Source } from '../source.js';
import { byLocale, fold } from './folding.js';

interface PersonTotals {
  names: Map<string, number>;
  /** Per country: the articles that give it and the mentions that say so. */
  countries: Map<string, { articles: Set<string>; sources: Source[] }>;
  roles: Map<string, { role: string; sources: Source[] }>;
  mentions: Source[];
  events: string[];
}

/** A mention as merging needs it. */
export interface MentionIn {
  key: string;
  name: string;
  role: string | null;
  country: string | null;
  source: Source;
}

/**
 * People merged from their mentions, fed in corpus order (articles by id, mentions in article
 * order), then their participations in merged meetings, in meeting order. The store feeds it the
 * rows of one person; mergePeople the whole corpus.
 */
export class PeopleMerger {
  private readonly people = new Map<string, PersonTotals>();

  private entry(key: string): PersonTotals {
    let e = this.people.get(key);
    if (!e) {
      e = { names: new Map(), countries: new Map(), roles: new Map(), mentions: [], events: [] };
      this.people.set(key, e);
    }
    return e;
  }

  addMention(articleId: string, p: MentionIn): void {
    const e = this.entry(p.key);
    e.names.set(p.name, (e.names.get(p.name) ?? 0) + 1);
    if (p.country) {
      const c = e.countries.get(p.country) ?? { articles: new Set<string>(), sources: [] };
      c.articles.add(articleId);
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

  /** A merged meeting lists each participant key once. */
  addParticipant(key: string, name: string, eventId: string): void {
    const e = this.entry(key);
    e.names.set(name, (e.names.get(name) ?? 0) + 1);
    e.events.push(eventId);
  }

  /** Every person fed, by key. */
  result(): CorpusPerson[] {
    const top = (m: Map<string, number>) =>
      [...m.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0];
    return [...this.people.entries()]
      .map(([key, e]) => ({
        key,
        name: top(e.names) ?? key,
        aliases: [...e.names.keys()],
        ...countryOf(e.countries),
        roles: [...e.roles.values()],
        mentions: e.mentions,
        events: e.events,
      }))
      .sort((x, y) => byLocale(x.key, y.key));
  }
}

/** One person per key: every spelling and country counted, roles with their sources, meetings attended. */
export function mergePeople(articles: readonly Article[], events: readonly CorpusEvent[]): CorpusPerson[] {
  const merger = new PeopleMerger();
  for (const a of articles) for (const p of a.people) merger.addMention(a.id, p);
  for (const ev of events) for (const p of ev.participants) merger.addParticipant(p.key, p.name, ev.id);
  return merger.result();
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
