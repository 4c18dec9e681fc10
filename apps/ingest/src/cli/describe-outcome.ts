import { basename } from 'node:path';
import type { FileOutcome } from '../corpus/ingest-file.js';
import { printable } from '../text/printable.js';
import { summaryLine } from './summary.js';

const label = (word: string) => word.padEnd(9);

/** The line a user reads for a file's outcome; names are escaped so a hostile name cannot break the line. */
export function describeOutcome(outcome: FileOutcome): string {
  const name = printable(basename(outcome.file));
  switch (outcome.status) {
    case 'ingested':
      return summaryLine(name, outcome.article, 'ingested');
    case 'duplicate':
      return `${label('duplicate')} ${name}: already in the corpus as ${outcome.id}`;
    case 'gone':
      return `${label('skipped')} ${name}: it was removed before it could be read`;
    case 'rejected': {
      const where = outcome.stored
        ? `see rejected/${printable(outcome.stored)}.error.txt`
        : 'left where it is, nothing stored';
      return `${label('rejected')} ${name}: ${outcome.reason} (${where})`;
    }
  }
}

/** A file left in the inbox on purpose, and why. */
export const describeSkipped = (name: string, reason: string) => `${label('skipped')} ${printable(name)}: ${reason}`;

/** A file the run waits for before reading it. */
export const describeWaiting = (file: string, why: 'changed' | 'open') =>
  `${label('waiting')} ${printable(basename(file))}: ${why === 'open' ? 'still open for writing' : 'changed moments ago'}`;
