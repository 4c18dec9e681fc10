import type { Dateline, DateRef, Event, Fact, PersonMention, Sentence } from '@kizuna/model';

/** What extraction reads: the cleaned article, after sentence splitting. */
export interface ExtractInput {
  id: string;
  title: string | null;
  language: string;
  body: string;
  sentences: readonly Sentence[];
  published: DateRef | null;
  dateline: Dateline | null;
}

/** What extraction adds to the article. */
export interface ExtractOutput {
  people: PersonMention[];
  events: Event[];
  facts: Fact[];
  warnings: string[];
}

// Interface agreed between the ingest pipeline and the extraction stages; filled in by the extraction work.
export function extract(_input: ExtractInput): ExtractOutput {
  return { people: [], events: [], facts: [], warnings: [] };
}
