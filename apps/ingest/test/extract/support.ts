import type { DateRef } from '@kizuna/model';
import type { ExtractInput } from '../../src/extract/index.js';
import { loadLexicon } from '../../src/extract/lexicon/load-lexicon.js';

/** Loads the lexicons before the first test. */
export function warmUp(): void {
  loadLexicon();
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
    title: null,
    language: options.language ?? 'fr',
    body,
    sentences: sentences.map((s) => ({ ...s, id: `${id}-${s.id}` })),
    published: options.published ?? null,
    dateline: options.datelinePlace ? { place: options.datelinePlace, date: null, agency: null } : null,
  };
}
