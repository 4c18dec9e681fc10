import type { Article } from '@kizuna/model';
import { EDITIONS } from '../generate/meetings.js';

/**
 * The documented shortcut for corpora larger than what is worth ingesting for a benchmark: a copy
 * of a really ingested article under a new id, its meetings moved `copy` days later and a
 * recurring meeting's edition moved `copy` × EDITIONS on, so they stay distinct meetings (the
 * texts and quotes are unchanged, so every offset still holds; only these fields disagree with them).
 * Its events get ids of its own (`<new id>-e1`…): an event id names one meeting report in the
 * whole corpus, and a merged meeting takes the id of its first report.
 */
export function cloneArticle(article: Article, copy: number): Article {
  const id = `${article.id}-c${copy}`;
  const shiftIso = (iso: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + copy);
    return d.toISOString().slice(0, 10);
  };
  const source = <T extends { articleId: string }>(s: T): T => ({ ...s, articleId: id });
  const eventIds = new Map(article.events.map((e, i) => [e.id, `${id}-e${i + 1}`]));
  return {
    ...article,
    id,
    people: article.people.map((p) => ({ ...p, source: source(p.source) })),
    events: article.events.map((e) => ({
      ...e,
      id: eventIds.get(e.id) ?? e.id,
      date: e.date ? { ...e.date, iso: shiftIso(e.date.iso) } : null,
      ordinal: e.ordinal === null ? null : e.ordinal + copy * EDITIONS,
      evidence: e.evidence.map(source),
    })),
    facts: article.facts.map((f) => ({ ...f, about: eventIds.get(f.about) ?? f.about, source: source(f.source) })),
    source: { ...article.source, file: `c${copy}-${article.source.file}` },
  };
}
