import { type Article, parseArticle } from '@kizuna/model';
import type { DraftFields } from '../../draft/draft.js';
import { defineStage } from '../../draft/stage.js';
import { IngestError } from '../../errors.js';

const PARTS = [
  'id',
  'title',
  'language',
  'publisher',
  'url',
  'published',
  'dateline',
  'body',
  'sentences',
  'removed',
  'repairs',
  'people',
  'events',
  'facts',
  'source',
  'warnings',
  'extractionWarnings',
] as const;

/**
 * The article checked against the model's schema. Extraction is the least certain work: when its
 * output is not valid, the clean article is still worth keeping, without it and with the reason.
 */
function validArticle(d: Pick<DraftFields, (typeof PARTS)[number]>): Article {
  // the draft holds every stage's fields: only the article's are given to the schema
  const { id, title, language, publisher, url, published, dateline, body, sentences, removed, repairs } = d;
  const base = { id, title, language, publisher, url, published, dateline, body, sentences, removed, repairs };
  const { people, events, facts, extractionWarnings, source, warnings } = d;
  try {
    return parseArticle(
      { ...base, people, events, facts, source, warnings: [...warnings, ...extractionWarnings] },
      source.file,
    );
  } catch (withExtraction) {
    const note = `extraction output was invalid and was dropped: ${(withExtraction as Error).message.slice(0, 500)}`;
    try {
      return parseArticle(
        { ...base, people: [], events: [], facts: [], source, warnings: [...warnings, note] },
        source.file,
      );
    } catch (error) {
      throw new IngestError(
        'INVALID_ARTICLE',
        `the article built from this file is not valid: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }
}

export const validateStage = defineStage({
  name: 'validate',
  does: "checks the article against @kizuna/model's schema (extraction output that fails is dropped, with a warning)",
  needs: PARTS,
  adds: ['article'],
  run: (d) => ({ article: validArticle(d) }),
});
