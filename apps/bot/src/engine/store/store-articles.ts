import { type Article, type StoreDb, shareStrings } from '@kizuna/model';

// replies read a few articles each (their citations and quotes): the last ones read stay at hand
const KEEP = 256;

/**
 * The store's articles as the map the engine reads, each parsed when asked for and a few kept:
 * no process holds the corpus. Iterating reads them one by one (only tools do that).
 */
export class StoreArticles implements ReadonlyMap<string, Article> {
  private readonly recent = new Map<string, Article>();
  private readonly byId;
  private readonly ids;
  private readonly count;

  constructor(db: StoreDb) {
    this.byId = db.prepare('SELECT json FROM article WHERE id = ?').pluck();
    this.ids = db.prepare('SELECT id FROM article ORDER BY id').pluck();
    this.count = db.prepare('SELECT count(*) FROM article').pluck();
  }

  get(id: string): Article | undefined {
    const kept = this.recent.get(id);
    if (kept) {
      this.recent.delete(id);
      this.recent.set(id, kept);
      return kept;
    }
    const json = this.byId.get(id) as string | undefined;
    if (json === undefined) return undefined;
    const article = shareStrings(JSON.parse(json) as Article);
    this.recent.set(id, article);
    if (this.recent.size > KEEP) this.recent.delete(this.recent.keys().next().value as string);
    return article;
  }

  has(id: string): boolean {
    return this.recent.has(id) || this.byId.get(id) !== undefined;
  }

  get size(): number {
    return this.count.get() as number;
  }

  *entries(): MapIterator<[string, Article]> {
    for (const id of this.ids.all() as string[]) {
      const a = this.get(id);
      if (a) yield [id, a];
    }
  }

  *keys(): MapIterator<string> {
    yield* this.ids.all() as string[];
  }

  *values(): MapIterator<Article> {
    for (const [, a] of this.entries()) yield a;
  }

  [Symbol.iterator](): MapIterator<[string, Article]> {
    return this.entries();
  }

  forEach(each: (value: Article, key: string, map: ReadonlyMap<string, Article>) => void): void {
    for (const [id, a] of this.entries()) each(a, id, this);
  }
}
