import type { Article } from '@kizuna/model';
import { buildArticle, date } from './article-builder.js';

/** Addresses an older corpus (or a hand-edited file) may hold: each must reach a reply harmless. */
export const HOSTILE_URLS = [
  'http://ok.example/> @everyone [clic ici](http://evil.example/steal) <',
  'javascript:alert(1)',
  'https://ok.example/a)[x](https://evil.example/b',
  'https://ok.example/<@123456789012345678>?q=<#42>&r=@here',
  'https://user:pw@ok.example/**bold** ~~x~~ `code` ||spoiler||',
  'data:text/html,<script>alert(1)</script>',
  'ftp://ok.example/file',
] as const;

/**
 * A small article whose url is `url`, written past the model's check (as an article saved before
 * the model refused such addresses would be): people, a meeting and sentences every command shows.
 */
export function articleWithUrl(url: string): Article {
  const article = buildArticle({
    id: 'en-hostile-link',
    title: 'Harbour talks in Valletta',
    language: 'en',
    publisher: 'Harbour Wire',
    url: 'https://harbour.example/talks',
    published: date('2025-02-03', 'February 3, 2025'),
    paragraphs: [['Envoys met in Valletta for harbour talks on ferry safety.']],
    people: [{ name: 'Ada Mizzi', role: 'envoy', country: 'MT', at: 'Envoys met in Valletta' }],
    events: [
      {
        id: 'mt-harbour-talks-2025',
        kind: 'talks',
        name: 'harbour talks in Valletta',
        date: date('2025-02-02', 'February 2, 2025'),
        place: { name: 'Valletta', country: 'MT' },
        participants: [{ name: 'Ada Mizzi', role: 'envoy', country: 'MT' }],
        evidence: ['Envoys met in Valletta'],
      },
    ],
  });
  return { ...article, url };
}
