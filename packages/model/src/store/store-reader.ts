import type { Article } from '../article.js';
import { shareStrings } from '../articles-snapshot.js';
import type { CorpusEvent, CorpusPerson } from '../corpus.js';
import { linkParts } from '../merge/link-parts.js';
import { PeopleMerger } from '../merge/merge-people.js';
import type { StoreChanges, StoreDb } from './corpus-store.js';

interface MentionRow {
  article_id: string;
  key: string;
  name: string;
  role: string | null;
  country: string | null;
  sentence_id: string;
  start: number;
  end: number;
}

const articleOf = (json: string): Article => shareStrings(JSON.parse(json) as Article);

/** Reads articles, meetings and people from the store's rows. */
export class StoreReader {
  private readonly q;

  constructor(db: StoreDb) {
    const mentionCols = 'article_id, key, name, role, country, sentence_id, start, "end"';
    this.q = {
      article: db.prepare('SELECT json FROM article WHERE id = ?').pluck(),
      hasArticle: db.prepare('SELECT 1 FROM article WHERE id = ?').pluck(),
      articles: db.prepare('SELECT json FROM article ORDER BY id').pluck(),
      articleIds: db.prepare('SELECT id FROM article ORDER BY id').pluck(),
      articleCount: db.prepare('SELECT count(*) FROM article').pluck(),
      meeting: db.prepare('SELECT json FROM meeting WHERE id = ?').pluck(),
      meetings: db.prepare('SELECT json FROM meeting ORDER BY article_id, idx').pluck(),
      meetingOf: db.prepare('SELECT meeting_id FROM meeting_member WHERE event_id = ?').pluck(),
      // the signing ceremonies held at a meeting (their partOf names one of its events)
      partsOf: db
        .prepare(
          `SELECT m.json FROM meeting m WHERE json_extract(m.json, '$.partOf') IN
             (SELECT event_id FROM meeting_member WHERE meeting_id = ?) ORDER BY m.article_id, m.idx`,
        )
        .pluck(),
      mentionsOf: db.prepare(`SELECT ${mentionCols} FROM mention WHERE key = ? ORDER BY article_id, idx`),
      // by key first: only each person's own order matters to the merge
      mentions: db.prepare(`SELECT ${mentionCols} FROM mention ORDER BY key, article_id, idx`),
      participationsOf: db.prepare(
        'SELECT key, name, meeting_id FROM participant WHERE key = ? ORDER BY article_id, idx',
      ),
      participations: db.prepare('SELECT key, name, meeting_id FROM participant ORDER BY key, article_id, idx'),
      changeCount: db.prepare('SELECT coalesce(max(seq), 0) FROM change').pluck(),
      changesSince: db.prepare(
        'SELECT seq, article_id, removed, meetings, people FROM change WHERE seq > ? ORDER BY seq',
      ),
    };
  }

  article(id: string): Article | null {
    const json = this.q.article.get(id) as string | undefined;
    return json === undefined ? null : articleOf(json);
  }

  hasArticle(id: string): boolean {
    return this.q.hasArticle.get(id) !== undefined;
  }

  *articles(): Generator<Article> {
    for (const json of this.q.articles.iterate() as Iterable<string>) yield articleOf(json);
  }

  articleIds(): string[] {
    return this.q.articleIds.all() as string[];
  }

  articleCount(): number {
    return this.q.articleCount.get() as number;
  }

  /** A merged meeting, linked to the meeting it was part of and given its ceremonies' outcomes (see linkParts). */
  meeting(id: string): CorpusEvent | null {
    const json = this.q.meeting.get(id) as string | undefined;
    if (json === undefined) return null;
    const meeting = JSON.parse(json) as CorpusEvent;
    const parts = (this.q.partsOf.all(id) as string[]).map((j) => JSON.parse(j) as CorpusEvent);
    linkParts([meeting, ...parts], this.meetingOf);
    return meeting;
  }

  /** Every merged meeting in corpus order, linked as a full merge links them (see linkParts). */
  meetings(): CorpusEvent[] {
    const all = (this.q.meetings.all() as string[]).map((json) => JSON.parse(json) as CorpusEvent);
    return linkParts(all, this.meetingOf);
  }

  private readonly meetingOf = (eventId: string): string | undefined =>
    this.q.meetingOf.get(eventId) as string | undefined;

  /** People merged from their rows exactly as mergePeople merges them (see PeopleMerger). */
  people(key?: string): CorpusPerson[] {
    const merger = new PeopleMerger();
    const mentions = key === undefined ? this.q.mentions.iterate() : this.q.mentionsOf.iterate(key);
    for (const m of mentions as Iterable<MentionRow>) {
      merger.addMention(m.article_id, {
        key: m.key,
        name: m.name,
        role: m.role,
        country: m.country,
        source: { articleId: m.article_id, sentenceId: m.sentence_id, start: m.start, end: m.end },
      });
    }
    const parts = key === undefined ? this.q.participations.iterate() : this.q.participationsOf.iterate(key);
    for (const p of parts as Iterable<{ key: string; name: string; meeting_id: string }>) {
      merger.addParticipant(p.key, p.name, p.meeting_id);
    }
    return merger.result();
  }

  changeCount(): number {
    return this.q.changeCount.get() as number;
  }

  changesSince(change: number): StoreChanges {
    const out = {
      articles: [] as string[],
      removed: new Set<string>(),
      meetings: new Set<string>(),
      people: new Set<string>(),
    };
    let to = change;
    const rows = this.q.changesSince.iterate(change) as Iterable<{
      seq: number;
      article_id: string;
      removed: string;
      meetings: string;
      people: string;
    }>;
    for (const row of rows) {
      to = row.seq;
      // a re-derivation of the whole corpus is logged without an article
      if (row.article_id) out.articles.push(row.article_id);
      for (const id of JSON.parse(row.removed) as string[]) {
        out.removed.add(id);
        out.meetings.delete(id);
      }
      for (const id of JSON.parse(row.meetings) as string[]) {
        out.meetings.add(id);
        out.removed.delete(id);
      }
      for (const key of JSON.parse(row.people) as string[]) out.people.add(key);
    }
    return {
      to,
      articles: out.articles,
      removedMeetings: [...out.removed],
      meetings: [...out.meetings],
      people: [...out.people],
    };
  }
}
