import type { Article } from '@kizuna/model';

/** What a batch did, counted as it goes, for the summary at its end. */
export class BatchTally {
  ingested = 0;
  duplicates = 0;
  failed = 0;
  meetings = 0;
  /** Articles kept with a "may not be news" warning, by file name. */
  readonly flagged: string[] = [];
  /** Rejected files, by reason. */
  private readonly reasons = new Map<string, number>();

  article(a: Article, flagged: boolean, file: string): void {
    this.ingested += 1;
    this.meetings += a.events.length;
    if (flagged) this.flagged.push(file);
  }

  rejected(reason: string): void {
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  get rejectedCount(): number {
    let n = 0;
    for (const count of this.reasons.values()) n += count;
    return n;
  }

  /** The summary lines a person reads at the end of a batch. */
  lines(verb: 'ingested' | 'built'): string[] {
    const head = [
      `${this.ingested} ${verb}`,
      `${this.duplicates} duplicates`,
      `${this.rejectedCount} rejected`,
      `${this.meetings} meetings found`,
    ];
    if (this.flagged.length) head.push(`${this.flagged.length} flagged`);
    if (this.failed) head.push(`${this.failed} failed`);
    const out = [`summary   ${head.join(' · ')}`];
    for (const [reason, n] of [...this.reasons].sort((a, b) => b[1] - a[1])) out.push(`  rejected ×${n}: ${reason}`);
    for (const file of this.flagged) out.push(`  flagged: ${file} (may not be a news article)`);
    return out;
  }
}
