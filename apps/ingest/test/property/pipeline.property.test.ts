import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/errors.js';
import { buildArticle } from '../../src/pipeline/build-article.js';
import { resources } from '../support/resources.js';
import { anyText, RUNS, TIMEOUT } from './arbitraries.js';

// an article-shaped page around random text, so runs get past "no article text"
const page = fc
  .tuple(anyText, fc.array(anyText, { minLength: 1, maxLength: 4 }), anyText)
  .map(([title, paragraphs, tail]) =>
    [
      title,
      '',
      ...paragraphs.map(
        (p) =>
          `Le Premier ministre Pham Minh Chinh a reçu à Hanoï, le 4 décembre, son homologue japonais. ${p} Les deux parties ont signé un accord.`,
      ),
      tail,
    ].join('\n\n'),
  );

describe('buildArticle (property)', () => {
  it(
    'turns any bytes into a valid article whose quotes match its body, or an IngestError',
    () => {
      const encoder = new TextEncoder();
      fc.assert(
        fc.property(fc.oneof(anyText, page), fc.boolean(), (text, asUtf8) => {
          const bytes = asUtf8 ? encoder.encode(text) : Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
          let article: ReturnType<typeof buildArticle>;
          try {
            article = buildArticle({ bytes, file: 'x.txt', ingestedAt: '2026-01-01T00:00:00.000Z' }, resources);
          } catch (error) {
            expect(error).toBeInstanceOf(IngestError);
            return;
          }
          for (const s of article.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
          for (const f of article.facts) expect(article.body.slice(f.source.start, f.source.end)).toBe(f.quote);
          for (const p of article.people) expect(p.source.end).toBeLessThanOrEqual(article.body.length);
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    },
    TIMEOUT * 5,
  );
});
