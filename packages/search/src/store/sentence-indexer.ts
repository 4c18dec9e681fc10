import type { Article } from '@kizuna/model';
import { analyze, type Term } from '../analysis/analyze.js';
import { docTerms } from './doc-terms.js';
import { addFrequency, appendPostings } from './segments.js';
import type { SqlDb } from './sql-db.js';

export const SENTENCE_KIND = 'sentence';

/** Where a sentence stands in the corpus order: its article (ids sort as the corpus does), then its place in it. */
export const firstKey = (articleId: string, position: number) => `${articleId} ${String(position).padStart(7, '0')}`;

/** What a sentence document points at: its first copy in the corpus order. */
export const sentenceRef = (articleId: string, sentenceId: string) => `${articleId}\t${sentenceId}`;

interface Stats {
  total: number;
  length_sum: number;
  doc_bound: number;
  version: number;
}

export function readStats(db: SqlDb, kind: string): Stats {
  const row = db.prepare('SELECT total, length_sum, doc_bound, version FROM search_stats WHERE kind = ?').get(kind) as
    | Stats
    | undefined;
  return row ?? { total: 0, length_sum: 0, doc_bound: 0, version: 0 };
}

/**
 * Adds an article's sentences to the sentence index: one document per distinct text standing for
 * every copy, as the in-memory index builds it, so that both rank alike.
 */
export function indexSentences(db: SqlDb, article: Article, analyzeText: (text: string) => Term[] = analyze): void {
  const kind = SENTENCE_KIND;
  const stats = readStats(db, kind);
  const findDoc = db.prepare('SELECT doc, first_key, copies, length FROM search_doc WHERE kind = ? AND text_key = ?');
  const addCopy = db.prepare('UPDATE search_doc SET copies = copies + 1 WHERE kind = ? AND doc = ?');
  const moveFirst = db.prepare('UPDATE search_doc SET first_key = ?, ref = ? WHERE kind = ? AND doc = ?');
  const insertDoc = db.prepare(
    'INSERT INTO search_doc (kind, doc, text_key, ref, first_key, copies, length) VALUES (?, ?, ?, ?, ?, 1, ?)',
  );
  const fresh = new Map<string, { docs: number[]; tfs: number[] }>();
  article.sentences.forEach((sentence, position) => {
    const key = firstKey(article.id, position);
    const ref = sentenceRef(article.id, sentence.id);
    const found = findDoc.get(kind, sentence.text) as
      | { doc: number; first_key: string; copies: number; length: number }
      | undefined;
    const terms = docTerms([{ weight: 1, terms: analyzeText(sentence.text) }]);
    for (const alt of terms.tfs.keys()) addFrequency(db, kind, alt, 1);
    stats.total += 1;
    stats.length_sum += terms.length;
    if (found) {
      addCopy.run(kind, found.doc);
      if (key < found.first_key) moveFirst.run(key, ref, kind, found.doc);
      return;
    }
    const doc = stats.doc_bound++;
    insertDoc.run(kind, doc, sentence.text, ref, key, terms.length);
    for (const [alt, tf] of terms.tfs) {
      let list = fresh.get(alt);
      if (!list) {
        list = { docs: [], tfs: [] };
        fresh.set(alt, list);
      }
      list.docs.push(doc);
      list.tfs.push(tf);
    }
  });
  for (const [alt, list] of fresh) appendPostings(db, kind, alt, list.docs, list.tfs);
  db.prepare(
    'INSERT OR REPLACE INTO search_stats (kind, total, length_sum, doc_bound, version) VALUES (?, ?, ?, ?, ?)',
  ).run(kind, stats.total, stats.length_sum, stats.doc_bound, stats.version + 1);
}
