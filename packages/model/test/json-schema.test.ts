import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/index.js';

describe('checked-in JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))(
    'schema/%s is up to date (run `pnpm --filter @kizuna/model schema`)',
    (name, schema) => {
      const onDisk = JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'));
      expect(onDisk).toEqual(schema);
    },
  );

  it('describes the contract fields', () => {
    const article = jsonSchemas()['article.schema.json'] as { required: string[] };
    expect(article.required).toEqual(
      expect.arrayContaining(['id', 'body', 'sentences', 'events', 'facts', 'people', 'source']),
    );
  });
});
