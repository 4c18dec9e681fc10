import { describe, expect, it } from 'vitest';
import { type Article, ModelError, parseArticle } from '../src/index.js';
import { validArticle } from './fixtures.js';

function brokenMessage(change: (a: Article) => void, file = 'articles/x.json'): string {
  const a = validArticle();
  change(a);
  try {
    parseArticle(a, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).code).toBe('INVALID_ARTICLE');
    return (error as Error).message;
  }
  throw new Error('expected parseArticle to throw');
}

const first = <T>(xs: T[]): T => {
  const x = xs[0];
  if (x === undefined) throw new Error('fixture list is empty');
  return x;
};

describe('parseArticle', () => {
  it('returns the typed article for a valid one', () => {
    const a = parseArticle(validArticle(), 'valid.json');
    expect(a.events[0]?.aliases).toEqual(['2+2']);
  });

  it('names the file and the field of a type error', () => {
    const message = brokenMessage((a) => {
      (a as { language: unknown }).language = 42;
    }, 'data/articles/abc.json');
    expect(message).toMatch(/^data\/articles\/abc\.json: not a valid article/);
    expect(message).toContain('language');
  });

  it('rejects unknown fields', () => {
    expect(brokenMessage((a) => Object.assign(a, { colour: 'red' }))).toContain('colour');
  });

  it.each<[string, (a: Article) => void, string]>([
    [
      'a sentence whose text is not its slice',
      (a) => {
        first(a.sentences).text = 'Le 5 décembre';
      },
      'is not body.slice',
    ],
    [
      'a sentence past the body',
      (a) => {
        first(a.sentences).end = a.body.length + 5;
      },
      'fall outside the body',
    ],
    [
      'a duplicate sentence id',
      (a) => {
        if (a.sentences[1]) a.sentences[1].id = first(a.sentences).id;
      },
      'duplicate sentence id',
    ],
    ['a duplicate event id', (a) => void a.events.push({ ...first(a.events) }), 'duplicate event id'],
    ['a duplicate fact id', (a) => void a.facts.push({ ...first(a.facts) }), 'duplicate fact id'],
    [
      'a quote that is not its slice',
      (a) => {
        first(a.facts).quote = 'convenu de signer un accord';
      },
      'is not body.slice',
    ],
    [
      'a person quote that is not its slice',
      (a) => {
        first(a.people).quote = 'Namazu';
      },
      'is not body.slice',
    ],
    [
      'a source past the body',
      (a) => {
        first(a.facts).source.end = a.body.length + 1;
      },
      'past the end of the body',
    ],
    [
      'evidence in a missing sentence',
      (a) => {
        first(first(a.events).evidence).sentenceId = 'nope';
      },
      'which does not exist',
    ],
    [
      'evidence outside its sentence',
      (a) => {
        first(first(a.events).evidence).sentenceId = first(a.sentences.slice(2)).id;
      },
      'is not inside sentence',
    ],
    [
      'a source of another article',
      (a) => {
        first(a.people).source.articleId = 'other';
      },
      'not this article',
    ],
    [
      'a fact about nothing',
      (a) => {
        first(a.facts).about = 'ghost';
      },
      'neither an event id nor a person key',
    ],
    [
      'a repair not found at its offset',
      (a) => {
        first(a.repairs).start = 0;
      },
      'repair',
    ],
    [
      'an unknown year with a year in iso',
      (a) => {
        first(a.events).date = { iso: '2025-12-04', text: 'le 4 décembre', year: 'unknown' };
      },
      'cannot be "unknown"',
    ],
    [
      'a stated year without one in iso',
      (a) => {
        a.published = { iso: '--12-05', text: '05/12', year: 'stated' };
      },
      'must be "unknown"',
    ],
    [
      'a bad sha256',
      (a) => {
        a.source.sha256 = 'xyz';
      },
      'SHA-256',
    ],
    [
      'a bad url',
      (a) => {
        a.url = 'not a url';
      },
      'url',
    ],
    [
      'a script url',
      (a) => {
        a.url = 'javascript:alert(1)';
      },
      'url',
    ],
    [
      'a url that would close a link and carry a masked one',
      (a) => {
        a.url = 'http://ok.example/> @everyone [clic ici](http://evil.example/steal) <';
      },
      'url',
    ],
  ])('rejects %s', (_what, change, message) => {
    expect(brokenMessage(change)).toContain(message);
  });

  it('reports every broken invariant at once', () => {
    const message = brokenMessage((a) => {
      first(a.sentences).text = 'autre';
      first(a.facts).about = 'ghost';
    });
    expect(message).toContain('is not body.slice');
    expect(message).toContain('neither an event id');
  });
});
