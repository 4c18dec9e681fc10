import type { Article, Corpus, CorpusEvent, Fact, Source } from '@kizuna/model';

/** A fact with the article it comes from. */
export interface SourcedFact {
  fact: Fact;
  article: Article;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

const sourceKey = (s: Source) => `${s.articleId}\u0000${s.sentenceId}\u0000${s.start}\u0000${s.end}`;

/**
 * Files every fact under the corpus event or the person it is about. A fact names its article's
 * event id, but a merged event keeps only one id: the corpus event is the one of the same article
 * that holds all of the article event's evidence (the same name first, when several do).
 */
export function linkFacts(
  corpus: Corpus,
  personKeyOf: (key: string) => string | undefined,
): { byEvent: Map<string, SourcedFact[]>; byPerson: Map<string, SourcedFact[]> } {
  const evidence = new Map(corpus.events.map((e) => [e.id, new Set(e.evidence.map(sourceKey))]));
  const byArticle = new Map<string, CorpusEvent[]>();
  for (const e of corpus.events) for (const id of e.articleIds) push(byArticle, id, e);

  const byEvent = new Map<string, SourcedFact[]>();
  const byPerson = new Map<string, SourcedFact[]>();
  for (const a of corpus.articles) {
    const eventOf = new Map<string, string>();
    for (const e of a.events) {
      const holders = (byArticle.get(a.id) ?? []).filter((c) =>
        e.evidence.every((s) => evidence.get(c.id)?.has(sourceKey(s))),
      );
      const target = holders.find((c) => c.name === e.name) ?? holders[0];
      if (target) eventOf.set(e.id, target.id);
    }
    for (const fact of a.facts) {
      const eventId = eventOf.get(fact.about);
      if (eventId) push(byEvent, eventId, { fact, article: a });
      else push(byPerson, personKeyOf(fact.about) ?? fact.about, { fact, article: a });
    }
  }
  return { byEvent, byPerson };
}
