import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/stages/blocks/segment.js';
import { classify } from '../../../src/stages/classify/classify.js';

const kinds = (text: string) => classify(segment(text)).map((b) => b.kind);

const P1 = 'The two ministers met in Canberra on Tuesday to discuss maritime security and trade.';
const P2 = 'They agreed to hold joint exercises next year and to expand officer training programmes.';
const P3 = 'The visit was the first by a foreign minister since the new government took office.';

describe('classify', () => {
  it('finds the title, the publisher and date lines, the body and a tail of other stories', () => {
    expect(
      kinds(
        [
          'Australia and Vietnam deepen defence ties',
          'The Harbour Times',
          'March 4, 2024 | 10:20',
          P1,
          P2,
          'Ministers at the talks (right). Photo: Harbour Times',
          P3,
          'Related',
          'Farmers adopt new rice strains',
          'Agriculture official Tran Minh said yields rose by a third.',
          'Port reopens after storm',
          'Comments (0)',
        ].join('\n\n'),
      ),
    ).toEqual([
      'title',
      'publisher-line',
      'date-line',
      'lead',
      'body',
      'caption',
      'body',
      'marker',
      'teaser',
      'teaser',
      'teaser',
      'comments',
    ]);
  });

  it('gives no title to a text that starts mid-article or with links', () => {
    expect(kinds(`${P1}\n${P2}`)[0]).toBe('lead');
    expect(kinds(`>>Another story\n${P1}\n${P2}`)[0]).toBe('related-link');
  });

  it('keeps a mid-article "read also" line out without cutting the article after it', () => {
    expect(kinds(['Titre', P1, 'Lire aussi', P2, P3].join('\n\n')).slice(2)).toEqual(['marker', 'body', 'body']);
  });

  it('cuts a tail opened by an unknown short header when only headline groups follow', () => {
    const tail = [
      'Elsewhere in Asia',
      'Flood warnings in the delta',
      'Officials said rivers were rising.',
      'New metro line opens',
    ];
    expect(kinds(['Title here', P1, P2, ...tail].join('\n\n')).slice(3)).toEqual([
      'teaser',
      'teaser',
      'teaser',
      'teaser',
    ]);
  });

  it('keeps a heading split over two lines as one heading and marks a repeated caption', () => {
    const blocks = classify(
      segment(
        [
          'Titre',
          P1,
          'Poursuivre le dialogue',
          'sur la sécurité maritime',
          P2,
          'Les ministres. Photo : X',
          'Les ministres. Photo : X',
        ].join('\n'),
      ),
    );
    expect(blocks[2]).toMatchObject({ kind: 'heading', text: 'Poursuivre le dialogue sur la sécurité maritime' });
    expect(blocks.slice(-2).map((b) => b.kind)).toEqual(['caption', 'repeated']);
  });

  it('skips section labels, bylines, counters and ads around a wire story', () => {
    expect(
      kinds(
        [
          'Home > World > Asia',
          'Monde',
          'Indonesia and Japan sign a maritime pact',
          'By Jane Doe',
          'May 2, 2024 10:00 AM Updated 3 hours ago',
          '4 min read',
          P1,
          'Advertisement',
          P2,
          'The ministers shake hands. REUTERS/John Roe',
          P3,
          'Reporting by Jane Doe; Editing by Sam Poe',
        ].join('\n\n'),
      ),
    ).toEqual([
      'navigation',
      'navigation',
      'title',
      'byline',
      'date-line',
      'navigation',
      'lead',
      'navigation',
      'body',
      'caption',
      'body',
      'byline',
    ]);
  });

  it('takes the headline as the title when the publisher name comes first', () => {
    expect(
      kinds(['The Harbour Times', 'Ministers agree to expand naval training', P1, P2].join('\n\n')).slice(0, 2),
    ).toEqual(['publisher-line', 'title']);
  });

  it('takes a name under the source line as the publisher', () => {
    const out = kinds(
      ['Titre', P1, P2, 'Comment (0)', 'Source : https://example.org/a', 'Le Petit Courrier'].join('\n\n'),
    );
    expect(out.slice(-2)).toEqual(['source-line', 'publisher-line']);
  });
});

describe('classify: the end of the article', () => {
  it('treats what follows an agency sign-off as page furniture, even without a marker', () => {
    const out = kinds(
      [
        'Titre de l’article',
        P1,
        `${P2} – AFP`,
        'Le ministre de la Santé à la conférence. Photo : AFP',
        'Un autre sujet sans rapport',
        'Le ministre de la Santé a présenté un plan pour les hôpitaux du pays.',
      ].join('\n\n'),
    );
    expect(out).toEqual(['title', 'lead', 'body', 'teaser', 'teaser', 'teaser']);
  });
});

describe('classify: teasers without any header', () => {
  const P4 = 'Both sides also pledged to cooperate on disaster relief and on search and rescue at sea.';
  it('cuts picture + headline + summary groups that run to the end of the page', () => {
    const out = kinds(
      [
        'Title of the story',
        P1,
        P2,
        P3,
        P4,
        'The governor at the opening. Photo: Staff',
        'Metro line opens in the capital',
        'The first trains ran on Monday with thousands of passengers.',
        'Rice exports climb again',
        'Exporters said prices rose by a tenth.',
      ].join('\n\n'),
    );
    expect(out.slice(5)).toEqual(['teaser', 'teaser', 'teaser', 'teaser', 'teaser']);
  });

  it('keeps an article whose sections are a heading and several paragraphs', () => {
    const out = kinds(['Title of the story', P1, P2, P3, 'Training', P4, P2, 'Exercises', P3, P1].join('\n\n'));
    expect(out.filter((k) => k === 'teaser')).toEqual([]);
  });
});

describe('classify: dates in the tail', () => {
  it('does not take the date of another story for a publication date line', () => {
    const out = kinds(
      ['Title of the story', P1, P2, 'Read more', 'Farmers adopt new rice strains', '12/03/2024', 'Port reopens'].join(
        '\n\n',
      ),
    );
    expect(out.slice(3)).toEqual(['marker', 'teaser', 'teaser', 'teaser']);
  });
});

describe('classify: lists that belong to the article', () => {
  it('keeps a bulleted list at the end of the article', () => {
    const P4 = 'Both sides also pledged to cooperate on disaster relief and on search and rescue at sea.';
    const out = kinds(
      ['Title of the story', P1, P2, P3, P4, '- joint patrols', '- officer exchanges', '- a hotline'].join('\n\n'),
    );
    expect(out.filter((k) => k === 'teaser')).toEqual([]);
  });
  it('reads a masthead with its tagline, or a short name beside the date, as the publisher, never as the title', () => {
    const one = classify(
      segment(
        [
          'Harbour Times – English edition',
          'Published: 4 March 2024',
          'Australia and Vietnam deepen defence ties',
          P1,
          P2,
        ].join('\n\n'),
      ),
    );
    expect(one.map((b) => b.kind).slice(0, 3)).toEqual(['publisher-line', 'date-line', 'title']);
    const two = classify(
      segment(
        ['Mardi 5 mars 2024', 'Le Courrier lagunaire', 'Australia and Vietnam deepen defence ties', P1, P2].join(
          '\n\n',
        ),
      ),
    );
    expect(two.map((b) => b.kind).slice(0, 3)).toEqual(['date-line', 'publisher-line', 'title']);
  });
  it.each([
    // a masthead whose description runs longer, in lower case
    [['EUROPA DESK — the EU politics live blog', 'Australia and Vietnam deepen defence ties'], 1],
    // the site's motto under its name, above the menu
    [
      [
        'PACIFIC READOUTS',
        'Official statements from around the Blue Pacific, republished in full',
        'Home | Menu | Search',
        'Australia and Vietnam deepen defence ties',
      ],
      3,
    ],
    // the story's label above its headline
    [['LIVE | Defence ministers in Canberra', 'Australia and Vietnam deepen defence ties'], 1],
    [['Readout | Australia - Vietnam', 'Australia and Vietnam deepen defence ties'], 1],
    // a live headline is still the title
    [['Live: Australia and Vietnam deepen defence ties in Canberra'], 0],
  ])('takes the headline, not the page furniture above it, as the title: %j', (header, at) => {
    const out = classify(segment([...header, P1, P2].join('\n\n')));
    expect(out.findIndex((b) => b.kind === 'title')).toBe(at);
    // the furniture stays out of the article text
    expect(out.slice(0, header.length).map((b) => b.kind)).not.toContain('lead');
  });
});
