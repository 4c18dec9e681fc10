import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../article.js';
import type { Corpus } from '../corpus.js';
import type { Event } from '../event.js';
import { byLocale } from './folding.js';
import { groupEvents } from './group-events.js';
import { corpusIds, linkParts } from './link-parts.js';
import { mergeEvents } from './merge-events.js';
import { meetingKeys } from './merge-keys.js';
import { mergePeople } from './merge-people.js';

/** This folder: the text of its files is part of the key under which a merge is kept (see merged-snapshot). */
export const mergeCodeDir = dirname(fileURLToPath(import.meta.url));

/** Articles in the corpus's order (by id). */
export const sortArticles = (articles: readonly Article[]): Article[] =>
  [...articles].sort((x, y) => byLocale(x.id, y.id));

/**
 * Merges articles into a corpus: one event per meeting with every article's sources, one person
 * per key with every spelling and role. Disagreeing dates and places are kept side by side.
 * Two events of one article are never merged: the article told them apart; nor two groups whose
 * countries say they are other meetings (see otherCountries).
 */
export function mergeCorpus(articles: readonly Article[]): Corpus {
  const sorted = sortArticles(articles);
  const all = sorted.flatMap((a) => a.events.map((event) => ({ article: a, event })));
  const roots = groupEvents(
    all.map((item) => meetingKeys(item.event)),
    all.map((item) => item.article.id),
  );
  const groups = new Map<number, { article: Article; event: Event }[]>();
  all.forEach((item, i) => {
    const r = roots[i] ?? i;
    const group = groups.get(r);
    if (group) group.push(item);
    else groups.set(r, [item]);
  });
  const merged = [...groups.values()].map(mergeEvents);
  const corpusIdOf = corpusIds(merged, all, roots);
  const events = linkParts(merged, (id) => corpusIdOf.get(id));
  return { articles: sorted, events, people: mergePeople(sorted, events) };
}
