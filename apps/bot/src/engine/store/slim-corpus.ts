import type { Article, Corpus, CorpusStore, Event, Fact, StoreDb } from '@kizuna/model';
import { readArticleHeaders } from '@kizuna/search';

function byArticle<T>(rows: { article_id: string; json: string }[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.article_id);
    const item = JSON.parse(r.json) as T;
    if (list) list.push(item);
    else out.set(r.article_id, [item]);
  }
  return out;
}

/**
 * The corpus without its text: articles as headers with their events and facts (what linking
 * facts and ranking meetings need), the merged meetings and people as the store keeps them.
 * Bodies, sentences and mentions stay in the file and are read per reply.
 */
export async function slimCorpus(store: CorpusStore, db: StoreDb): Promise<{ corpus: Corpus; sentences: number }> {
  const events = byArticle<Event>(
    db.prepare('SELECT article_id, json FROM event ORDER BY article_id, idx').all() as never,
  );
  const facts = byArticle<Fact>(
    db.prepare('SELECT article_id, json FROM fact ORDER BY article_id, rowid').all() as never,
  );
  let sentences = 0;
  const articles = readArticleHeaders(db).map((h): Article => {
    const { sentenceCount, factCount: _, ...header } = h;
    sentences += sentenceCount;
    return {
      ...header,
      body: '',
      sentences: [],
      removed: [],
      repairs: [],
      people: [],
      events: events.get(h.id) ?? [],
      facts: facts.get(h.id) ?? [],
      warnings: [],
    };
  });
  const [meetings, people] = [await store.meetings(), await store.people()];
  return { corpus: { articles, events: meetings, people }, sentences };
}
