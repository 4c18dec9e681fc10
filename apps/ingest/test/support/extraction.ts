import type { DateRef } from '@kizuna/model';
import type { DraftFields } from '../../src/draft/draft.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { resources } from './resources.js';

/** What the extraction stages read of an article: its text, split into sentences, and its dates. */
export type ExtractInput = Pick<DraftFields, 'id' | 'language' | 'body' | 'sentences' | 'published' | 'dateline'>;

/**
 * Runs the extraction stages (places to facts) on an article already split into sentences, as the
 * pipeline would after its sentences stage; a failing stage throws (strict).
 */
export function extract(input: ExtractInput) {
  const d = runPipeline({ ...input, stage: 'sentences' }, resources, { until: 'facts', strict: true });
  return { people: d.people, events: d.events, facts: d.facts, warnings: d.extractionWarnings };
}

/** An extraction input from plain text: one sentence per line, paragraphs split by blank lines. */
export function inputFrom(
  lines: string,
  options: { id?: string; language?: string; published?: DateRef | null; datelinePlace?: string | null } = {},
): ExtractInput {
  const sentences: ExtractInput['sentences'][number][] = [];
  let body = '';
  let paragraph = 0;
  for (const line of lines.split('\n').map((l) => l.trim())) {
    if (!line) {
      if (sentences.length > 0) paragraph += 1;
      continue;
    }
    if (body) body += paragraph > (sentences[sentences.length - 1]?.paragraph ?? 0) ? '\n\n' : ' ';
    sentences.push({
      id: `s${sentences.length + 1}`,
      text: line,
      start: body.length,
      end: body.length + line.length,
      paragraph,
    });
    body += line;
  }
  const id = options.id ?? 'art';
  return {
    id,
    language: options.language ?? 'fr',
    body,
    sentences: sentences.map((s) => ({ ...s, id: `${id}-${s.id}` })),
    published: options.published ?? null,
    dateline: options.datelinePlace ? { place: options.datelinePlace, date: null, agency: null } : null,
  };
}
