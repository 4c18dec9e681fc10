import type { Row } from './rows.js';

const HEAD = ['metric', 'N', 'Kizuna', 'baseline', 'ratio', 'goal', 'met'];
const cells = (r: Row) => [r.metric, r.n, r.kizuna, r.baseline, r.ratio, r.goal, r.met];

/** The rows as an aligned plain-text table for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly Row[]): string {
  const line = (r: readonly string[]) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(HEAD), line(HEAD.map(() => '---')), ...rows.map((r) => line(cells(r)))].join('\n');
}
