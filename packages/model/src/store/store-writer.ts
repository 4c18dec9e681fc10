import type { Article } from '../article.js';
import { compact } from '../articles-snapshot.js';
import type { Event } from '../event.js';
import type { Fact } from '../fact.js';
import { sameMeetingKeys } from '../merge/merge-keys.js';
import type { MeetingChange, PutResult, StoreDb, StoreIndexer } from './corpus-store.js';
import { edgeBuckets } from './edge-buckets.js';
import { MeetingRows } from './meeting-rows.js';
import { keysCache, mergeComponent, type PlacedMeeting, type StoredEvent } from './regroup.js';
import { StoreError } from './store-error.js';

interface EventRow {
  rowid: number;
  article_id: string;
  idx: number;
  json: string;
  facts: string;
}

const storedEvent = (r: EventRow): StoredEvent => ({
  rowid: r.rowid,
  articleId: r.article_id,
  idx: r.idx,
  event: JSON.parse(r.json) as Event,
  facts: JSON.parse(r.facts) as Fact[],
});

/** Writes articles and keeps the merged meetings and people in step; every call runs in one transaction. */
export class StoreWriter {
  private readonly keysOf = keysCache();
  private readonly meetings: MeetingRows;
  private readonly q;
  readonly put: (article: Article) => PutResult;

  constructor(
    private readonly db: StoreDb,
    private readonly indexers: readonly StoreIndexer[],
  ) {
    this.meetings = new MeetingRows(db);
    this.q = {
      article: db.prepare('INSERT INTO article (id, sha256, file, ingested_at, json) VALUES (?, ?, ?, ?, ?)'),
      hasArticle: db.prepare('SELECT 1 FROM article WHERE id = ?').pluck(),
      mention: db.prepare(
        'INSERT INTO mention (key, article_id, idx, name, role, country, sentence_id, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      fact: db.prepare('INSERT INTO fact (about, article_id, id, kind) VALUES (?, ?, ?, ?)'),
      event: db.prepare('INSERT INTO event (id, article_id, idx, component, json, facts) VALUES (?, ?, ?, -1, ?, ?)'),
      setComponent: db.prepare('UPDATE event SET component = ? WHERE rowid = ?'),
      relabel: db.prepare('UPDATE event SET component = ? WHERE component = ?'),
      bucket: db.prepare('INSERT OR IGNORE INTO event_bucket (bucket, event) VALUES (?, ?)'),
      inBucket: db.prepare(
        'SELECT e.rowid, e.article_id, e.idx, e.json, e.component FROM event_bucket b JOIN event e ON e.rowid = b.event WHERE b.bucket = ?',
      ),
      eventId: db.prepare('SELECT article_id FROM event WHERE id = ?').pluck(),
      component: db.prepare(
        'SELECT rowid, article_id, idx, json, facts FROM event WHERE component = ? ORDER BY article_id, idx',
      ),
      change: db.prepare('INSERT INTO change (article_id, removed, meetings, people) VALUES (?, ?, ?, ?)'),
    };
    const put = db.transaction((article: Article) => this.write(article));
    this.put = (article) => {
      try {
        return put(article);
      } catch (error) {
        // rolled back: the row ids of its events will be given again, to other events
        this.keysOf.clear();
        throw error;
      }
    };
  }

  private write(article: Article): PutResult {
    if (this.q.hasArticle.get(article.id)) {
      throw new StoreError('DUPLICATE', `the article ${article.id} is stored already`);
    }
    const s = article.source;
    this.q.article.run(article.id, s.sha256, s.file, s.ingestedAt, JSON.stringify(compact(article)));
    const { meetings, people } = this.derive(article);
    for (const ix of this.indexers) {
      ix.onArticle(this.db, article);
      ix.onMeetings(this.db, meetings);
    }
    const change = this.logChange(article.id, meetings, people);
    return { change, meetings, people };
  }

  /** Forgets what it keeps between writes (after the derived tables were emptied or rolled back). */
  forget(): void {
    this.keysOf.clear();
  }

  /** Logs a write's change; returns its number. */
  logChange(articleId: string, meetings: MeetingChange, people: readonly string[]): number {
    const ids = meetings.added.map((m) => m.id);
    const { removed } = meetings;
    const row = this.q.change.run(articleId, JSON.stringify(removed), JSON.stringify(ids), JSON.stringify(people));
    return Number(row.lastInsertRowid);
  }

  /**
   * Files what is derived from a stored article: its mentions, facts and events, and the meetings
   * and people they join. Used by every write, and to derive the whole corpus again.
   */
  derive(article: Article): { meetings: MeetingChange; people: string[] } {
    const people = new Set<string>();
    article.people.forEach((p, i) => {
      const src = p.source;
      this.q.mention.run(p.key, article.id, i, p.name, p.role, p.country, src.sentenceId, src.start, src.end);
      this.meetings.countName(p.key, p.name, 1);
      people.add(p.key);
    });
    for (const f of article.facts) this.q.fact.run(f.about, article.id, f.id, f.kind);
    const components = this.addEvents(article);
    const meetings = this.remerge(components, people);
    return { meetings, people: [...people] };
  }

  /**
   * Files the article's events and joins each to the components of the events it can be the same
   * meeting as. Returns every component touched: the old ids (whose meetings are replaced) and the
   * ids they now carry.
   */
  private addEvents(article: Article): { old: Set<number>; now: Set<number> } {
    const old = new Set<number>();
    const now = new Set<number>();
    article.events.forEach((event, idx) => {
      const owner = this.q.eventId.get(event.id) as string | undefined;
      if (owner !== undefined) {
        throw new StoreError('INVALID_ARTICLE', `the event id ${event.id} is used by the article ${owner} already`);
      }
      const facts = article.facts.filter((f) => f.about === event.id && f.kind === 'outcome');
      const rowid = Number(
        this.q.event.run(event.id, article.id, idx, JSON.stringify(event), JSON.stringify(facts)).lastInsertRowid,
      );
      const keys = this.keysOf(rowid, () => event);
      const joined = new Set<number>([rowid]);
      for (const bucket of new Set(edgeBuckets(keys))) {
        for (const row of this.q.inBucket.all(bucket) as (Omit<EventRow, 'facts'> & { component: number })[]) {
          if (row.article_id === article.id || joined.has(row.component)) continue;
          if (
            sameMeetingKeys(
              keys,
              this.keysOf(row.rowid, () => JSON.parse(row.json) as Event),
            )
          )
            joined.add(row.component);
        }
        this.q.bucket.run(bucket, rowid);
      }
      const target = Math.min(...joined);
      for (const c of joined) {
        old.add(c);
        now.delete(c);
        if (c !== target && c !== rowid) this.q.relabel.run(target, c);
      }
      this.q.setComponent.run(target, rowid);
      now.add(target);
    });
    return { old, now };
  }

  /** Re-merges the touched components and replaces their meetings where they changed. */
  private remerge(components: { old: Set<number>; now: Set<number> }, people: Set<string>): MeetingChange {
    const before = this.meetings.ofComponents([...components.old]);
    const after: (PlacedMeeting & { component: number })[] = [];
    for (const c of components.now) {
      const events = (this.q.component.all(c) as EventRow[]).map(storedEvent);
      for (const m of mergeComponent(events, this.keysOf)) after.push({ ...m, component: c });
    }
    return this.meetings.replace(before, after, people);
  }
}
