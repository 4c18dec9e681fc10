import type { Article } from '@kizuna/model';

/** One line a person reads for an ingested article. */
export function summaryLine(file: string, a: Article, note = 'ok'): string {
  const date = a.published?.iso ?? a.dateline?.date?.iso ?? 'no date';
  const parts = [
    `${note.padEnd(9)} ${file}`,
    `"${(a.title ?? '(no title)').slice(0, 60)}"`,
    a.publisher ?? 'no publisher',
    date,
    `${a.sentences.length} sentences`,
    `${a.removed.length} removed`,
    `${a.repairs.length} repairs`,
    `${a.events.length} meetings`,
  ];
  if (a.warnings.length) parts.push(`${a.warnings.length} warnings`);
  return parts.join(' · ');
}
