import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/stages/blocks/split-front-matter.js';

describe('splitFrontMatter', () => {
  it('reads the fields and returns the rest of the text', () => {
    const r = splitFrontMatter(
      '---\ntitle: "Un titre"\nurl: https://example.org/a\npublisher: Le Courrier\npublished: 2024-03-05\nlanguage: fr\n---\nCorps.',
    );
    expect(r.fields).toEqual({
      title: 'Un titre',
      url: 'https://example.org/a',
      publisher: 'Le Courrier',
      published: '2024-03-05',
      language: 'fr',
    });
    expect(r.rest).toBe('Corps.');
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['no front matter', 'Titre\n\nCorps.', {}, 0],
    ['an unknown key is reported', '---\nauthor: X\ntitle: T\n---\nCorps.', { title: 'T' }, 1],
    ['an invalid url is reported and ignored', '---\nurl: not a url\n---\nCorps.', {}, 1],
    ['a script url is reported and ignored', '---\nurl: javascript:alert(1)\ntitle: T\n---\nCorps.', { title: 'T' }, 1],
    [
      'a url carrying a masked link is reported and ignored',
      '---\nurl: http://ok.example/> @everyone [clic ici](http://evil.example/steal) <\n---\nCorps.',
      {},
      1,
    ],
    ['an ftp url is reported and ignored', '---\nurl: ftp://files.example/a\n---\nCorps.', {}, 1],
  ])('%s', (_name, text, fields, warnings) => {
    const r = splitFrontMatter(text);
    expect(r.fields).toEqual(fields);
    expect(r.warnings).toHaveLength(warnings);
  });
});
