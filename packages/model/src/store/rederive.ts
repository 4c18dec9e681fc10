import type { Article } from '../article.js';
import type { StoreDb } from './corpus-store.js';
import type { StoreReader } from './store-reader.js';
import type { StoreWriter } from './store-writer.js';

const DERIVED = ['event', 'event_bucket', 'mention', 'fact', 'meeting', 'meeting_member', 'participant', 'person_name'];

/**
 * Derives everything again from the stored articles, in one transaction: for a store written by
 * another version of the merging code (meetings and people would differ from a full merge). The
 * indexers are marked stale, so that the open replays them; one change lists every meeting.
 */
export function rederive(db: StoreDb, reader: StoreReader, writer: StoreWriter): void {
  db.transaction(() => {
    const before = db.prepare('SELECT id FROM meeting').pluck().all() as string[];
    for (const table of DERIVED) db.exec(`DELETE FROM ${table}`);
    writer.forget();
    const people = new Set<string>();
    for (const id of db.prepare('SELECT id FROM article ORDER BY seq').pluck().all() as string[]) {
      for (const key of writer.derive(reader.article(id) as Article).people) people.add(key);
    }
    const after = [...reader.meetings()];
    const ids = new Set(after.map((m) => m.id));
    writer.logChange('', { removed: before.filter((id) => !ids.has(id)), added: after }, [...people]);
    db.exec("DELETE FROM meta WHERE key LIKE 'indexer:%'");
  }).immediate();
}
