import type { CorpusEvent } from '../corpus.js';
import type { MeetingChange, StoreDb } from './corpus-store.js';
import type { PlacedMeeting } from './regroup.js';

/** The merged meetings' rows (meeting, participant) and the people's running totals. */
export class MeetingRows {
  private readonly q;

  constructor(db: StoreDb) {
    this.q = {
      ofComponent: db.prepare('SELECT id, json FROM meeting WHERE component = ?'),
      insert: db.prepare('INSERT INTO meeting (id, article_id, idx, component, json) VALUES (?, ?, ?, ?, ?)'),
      setComponent: db.prepare('UPDATE meeting SET component = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM meeting WHERE id = ?'),
      participants: db.prepare('SELECT key, name FROM participant WHERE meeting_id = ?'),
      addParticipant: db.prepare(
        'INSERT INTO participant (meeting_id, key, name, article_id, idx) VALUES (?, ?, ?, ?, ?)',
      ),
      removeParticipants: db.prepare('DELETE FROM participant WHERE meeting_id = ?'),
      person: db.prepare(
        `INSERT INTO person (key, mentions, meetings) VALUES (?, ?, ?) ON CONFLICT (key)
         DO UPDATE SET mentions = mentions + excluded.mentions, meetings = meetings + excluded.meetings`,
      ),
      dropPerson: db.prepare('DELETE FROM person WHERE key = ? AND mentions = 0 AND meetings = 0'),
      name: db.prepare(
        `INSERT INTO person_name (key, name, n) VALUES (?, ?, ?)
         ON CONFLICT (key, name) DO UPDATE SET n = n + excluded.n`,
      ),
      dropName: db.prepare('DELETE FROM person_name WHERE key = ? AND name = ? AND n = 0'),
    };
  }

  /** Adds to a person's running totals (a mention, or a meeting attended, under this spelling). */
  countPerson(key: string, name: string, mentions: number, meetings: number): void {
    this.q.person.run(key, mentions, meetings);
    this.q.name.run(key, name, mentions + meetings);
    if (mentions + meetings < 0) {
      this.q.dropName.run(key, name);
      this.q.dropPerson.run(key);
    }
  }

  /** The stored meetings of these components, by id, as JSON. */
  ofComponents(components: readonly number[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const c of components) {
      for (const row of this.q.ofComponent.all(c) as { id: string; json: string }[]) out.set(row.id, row.json);
    }
    return out;
  }

  /**
   * Replaces the meetings `before` by `after`: a meeting whose JSON is unchanged keeps its rows;
   * the participants of every other one leave and join their people's totals.
   */
  replace(
    before: Map<string, string>,
    after: readonly (PlacedMeeting & { component: number })[],
    people: Set<string>,
  ): MeetingChange {
    const added: CorpusEvent[] = [];
    const kept = new Set<string>();
    const fresh: { placed: PlacedMeeting & { component: number }; json: string }[] = [];
    for (const placed of after) {
      const json = JSON.stringify(placed.meeting);
      if (before.get(placed.meeting.id) === json) {
        kept.add(placed.meeting.id);
        this.q.setComponent.run(placed.component, placed.meeting.id);
      } else fresh.push({ placed, json });
    }
    const removed: string[] = [];
    for (const id of before.keys()) {
      if (kept.has(id)) continue;
      for (const p of this.q.participants.all(id) as { key: string; name: string }[]) {
        this.countPerson(p.key, p.name, 0, -1);
        people.add(p.key);
      }
      this.q.removeParticipants.run(id);
      this.q.remove.run(id);
    }
    const now = new Set(fresh.map((f) => f.placed.meeting.id));
    for (const id of before.keys()) if (!kept.has(id) && !now.has(id)) removed.push(id);
    for (const { placed, json } of fresh) {
      const m = placed.meeting;
      this.q.insert.run(m.id, placed.articleId, placed.idx, placed.component, json);
      for (const p of m.participants) {
        this.q.addParticipant.run(m.id, p.key, p.name, placed.articleId, placed.idx);
        this.countPerson(p.key, p.name, 0, 1);
        people.add(p.key);
      }
      added.push(m);
    }
    return { removed, added };
  }
}
