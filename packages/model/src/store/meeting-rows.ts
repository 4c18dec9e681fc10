import type { CorpusEvent } from '../corpus.js';
import type { MeetingChange, StoreDb } from './corpus-store.js';
import type { PlacedMeeting } from './regroup.js';

/** A stored meeting: its JSON and its place in the corpus order. */
interface MeetingRow {
  json: string;
  article_id: string;
  idx: number;
}

/** The merged meetings' rows (meeting, participant) and the spellings' running counts. */
export class MeetingRows {
  private readonly q;

  constructor(db: StoreDb) {
    this.q = {
      ofComponent: db.prepare('SELECT id, json, article_id, idx FROM meeting WHERE component = ?'),
      insert: db.prepare('INSERT INTO meeting (id, article_id, idx, component, json) VALUES (?, ?, ?, ?, ?)'),
      setComponent: db.prepare('UPDATE meeting SET component = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM meeting WHERE id = ?'),
      addMember: db.prepare('INSERT OR REPLACE INTO meeting_member (event_id, meeting_id) VALUES (?, ?)'),
      removeMembers: db.prepare('DELETE FROM meeting_member WHERE meeting_id = ?'),
      addParticipant: db.prepare(
        'INSERT INTO participant (key, article_id, idx, meeting_id, name) VALUES (?, ?, ?, ?, ?)',
      ),
      removeParticipant: db.prepare('DELETE FROM participant WHERE key = ? AND article_id = ? AND idx = ?'),
      name: db.prepare(
        `INSERT INTO person_name (key, name, n) VALUES (?, ?, ?)
         ON CONFLICT (key, name) DO UPDATE SET n = n + excluded.n`,
      ),
      dropName: db.prepare('DELETE FROM person_name WHERE key = ? AND name = ? AND n <= 0'),
    };
  }

  /** Adds to the running count of a person's spelling (a mention, a meeting attended; -1 when one leaves). */
  countName(key: string, name: string, delta: number): void {
    this.q.name.run(key, name, delta);
    if (delta < 0) this.q.dropName.run(key, name);
  }

  /** The stored meetings of these components, by id. */
  ofComponents(components: readonly number[]): Map<string, MeetingRow> {
    const out = new Map<string, MeetingRow>();
    for (const c of components) {
      for (const row of this.q.ofComponent.all(c) as (MeetingRow & { id: string })[]) out.set(row.id, row);
    }
    return out;
  }

  /**
   * Replaces the meetings `before` by `after`: a meeting whose JSON is unchanged keeps its rows;
   * the participants of every other one leave and join their people's totals.
   */
  replace(
    before: Map<string, MeetingRow>,
    after: readonly (PlacedMeeting & { component: number })[],
    people: Set<string>,
  ): MeetingChange {
    const kept = new Set<string>();
    const fresh: { placed: PlacedMeeting & { component: number }; json: string }[] = [];
    for (const placed of after) {
      const json = JSON.stringify(placed.meeting);
      if (before.get(placed.meeting.id)?.json === json) {
        kept.add(placed.meeting.id);
        this.q.setComponent.run(placed.component, placed.meeting.id);
      } else fresh.push({ placed, json });
    }
    for (const [id, row] of before) {
      if (kept.has(id)) continue;
      for (const p of (JSON.parse(row.json) as CorpusEvent).participants) {
        this.q.removeParticipant.run(p.key, row.article_id, row.idx);
        this.countName(p.key, p.name, -1);
        people.add(p.key);
      }
      this.q.remove.run(id);
      this.q.removeMembers.run(id);
    }
    const now = new Set(fresh.map((f) => f.placed.meeting.id));
    const removed = [...before.keys()].filter((id) => !kept.has(id) && !now.has(id));
    const added: CorpusEvent[] = [];
    for (const { placed, json } of fresh) {
      const m = placed.meeting;
      this.q.insert.run(m.id, placed.articleId, placed.idx, placed.component, json);
      for (const e of placed.members) this.q.addMember.run(e, m.id);
      for (const p of m.participants) {
        this.q.addParticipant.run(p.key, placed.articleId, placed.idx, m.id, p.name);
        this.countName(p.key, p.name, 1);
        people.add(p.key);
      }
      added.push(m);
    }
    return { removed, added };
  }
}
