import * as z from 'zod';
import { Article } from './article.js';
import { Corpus } from './corpus.js';

/** JSON Schema (draft 2020-12) of each top-level file format, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  const schema = (type: z.ZodType, title: string) => ({ ...z.toJSONSchema(type, { io: 'input' }), title });
  return {
    'article.schema.json': schema(Article, 'Kizuna Article'),
    'corpus.schema.json': schema(Corpus, 'Kizuna Corpus'),
  };
}
