import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article, Corpus, CorpusStore, StoreDb } from '@kizuna/model';
import { readArticleHeaders } from '@kizuna/search';

/**
 * The corpus without its text: articles as headers with their events and facts (what linking
 * facts and ranking meetings need), the merged meetings and people as the store keeps them.
 * Bodies, sentences and mentions stay in the file and are read per reply.
 */
export async function slimCorpus(store: CorpusStore, db: StoreDb): Promise<{ corpus: Corpus; sentences: number }> {
  let sentences = 0;
  const articles = readArticleHeaders(db).map((h): Article => {
    const { sentenceCount, ...header } = h;
    sentences += sentenceCount;
    return { ...header, body: '', sentences: [], removed: [], repairs: [], people: [], warnings: [] };
  });
  await nextTurn();
  const meetings = await store.meetings();
  await nextTurn();
  const people = await store.people();
  return { corpus: { articles, events: meetings, people }, sentences };
}
