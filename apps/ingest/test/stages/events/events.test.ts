import { parseArticle } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { type ExtractInput, extract, inputFrom } from '../../support/extraction.js';

const published = (iso: string) => ({ iso, text: iso, year: 'stated' as const });
const summary = (input: ExtractInput) =>
  extract(input).events.map((e) => ({
    kind: e.kind,
    ordinal: e.ordinal,
    date: e.date?.iso ?? null,
    year: e.date?.year ?? null,
    place: e.place?.name ?? null,
    people: e.participants.map((p) => p.name),
  }));

const dialogue = inputFrom(
  [
    'Le 4 décembre, à Tokyo, s’est tenu le premier dialogue (2+2) entre les vice-ministres des Affaires étrangères et de la Défense Vietnam-Japon.',
    'La délégation vietnamienne était coprésidée par M. Nguyen Minh Vu, vice-ministre des Affaires étrangères, et le lieutenant-général Hoang Xuan Chien, vice-ministre de la Défense.',
    '',
    'Les deux parties ont convenu de signer un mémorandum d’entente sur la recherche et le sauvetage.',
    'Depuis 2014, le dialogue sur la politique de défense a tenu onze sessions à Hanoï et à Tokyo.',
  ].join('\n'),
  { id: 'dlg' },
);

const visit = inputFrom(
  [
    'Prime Minister Shinzo Abe said on Monday that Japan would provide six patrol vessels, after holding talks in Hanoi with his Vietnamese counterpart Nguyen Xuan Phuc.',
    'Abe is on a two-day official visit to Vietnam.',
    'During his stay, Abe also met Party General Secretary Nguyen Phu Trong and President Tran Dai Quang.',
    'The next summit will be held in Tokyo next year.',
  ].join('\n'),
  { id: 'visit', language: 'en', published: published('2017-01-17') },
);

const days = inputFrom(
  [
    'Le ministre vietnamien de la Défense, le général Phung Quang Thanh, et son homologue japonais Gen Nakatani se sont entretenus vendredi 6 novembre à Hanoï.',
    'Gen Nakatani avait visité la veille le port de Cam Ranh.',
    'Le même jour, le ministre japonais a rendu une visite de courtoisie au Premier ministre Nguyen Tan Dung.',
  ].join('\n'),
  { id: 'days', published: published('2015-11-07') },
);

describe('meetings', () => {
  it('reads a dialogue: ordinal, alias, year-less date, place, co-chairs, outcome; not the series recalled since 2014', () => {
    const out = extract(dialogue);
    expect(out.events).toHaveLength(1);
    const [e] = out.events;
    expect(e).toMatchObject({
      id: 'dlg-e1',
      kind: 'dialogue',
      ordinal: 1,
      aliases: ['2+2'],
      date: { iso: '--12-04', year: 'unknown' },
      place: { name: 'Tokyo', country: 'JP' },
    });
    expect(e?.participants.map((p) => [p.name, p.role, p.country])).toEqual([
      ['Nguyen Minh Vu', 'vice-ministre des Affaires étrangères', 'VN'],
      ['Hoang Xuan Chien', 'vice-ministre de la Défense', 'VN'],
    ]);
    expect(e?.outcomes).toHaveLength(1);
    expect(e?.outcomes[0]).toContain('mémorandum');
  });

  it('reads talks and a meeting from an English report, dates a weekday from the article date, skips the trip and a future summit', () => {
    expect(summary(visit)).toEqual([
      {
        kind: 'talks',
        ordinal: null,
        date: '2017-01-16',
        year: 'inferred',
        place: 'Hanoi',
        people: ['Shinzo Abe', 'Nguyen Xuan Phuc'],
      },
      {
        kind: 'meeting',
        ordinal: null,
        date: null,
        year: null,
        place: 'Hanoi',
        people: ['Shinzo Abe', 'Nguyen Phu Trong', 'Tran Dai Quang'],
      },
    ]);
  });

  it('resolves "la veille" and "le même jour" against the meeting they follow', () => {
    expect(summary(days)).toEqual([
      {
        kind: 'talks',
        ordinal: null,
        date: '2015-11-06',
        year: 'inferred',
        place: 'Hanoï',
        people: ['Phung Quang Thanh', 'Gen Nakatani'],
      },
      { kind: 'visit', ordinal: null, date: '2015-11-05', year: 'inferred', place: 'Hanoï', people: ['Gen Nakatani'] },
      {
        kind: 'reception',
        ordinal: null,
        date: '2015-11-06',
        year: 'inferred',
        place: 'Hanoï',
        people: ['Gen Nakatani', 'Nguyen Tan Dung'],
      },
    ]);
  });

  it('never invents a year: an undated article keeps --MM-DD', () => {
    const input = inputFrom(
      'Le secrétaire général Nguyen Phu Trong a eu le 9 février un entretien téléphonique avec le Premier ministre japonais Kishida Fumio.',
    );
    expect(summary(input)).toEqual([
      {
        kind: 'phone_call',
        ordinal: null,
        date: '--02-09',
        year: 'unknown',
        place: null,
        people: ['Nguyen Phu Trong', 'Kishida Fumio'],
      },
    ]);
  });

  it('reports an official visit when the article tells no other meeting', () => {
    const input = inputFrom(
      [
        'Le Premier ministre Pham Minh Chinh effectue du 3 au 5 mars 2025 une visite officielle au Japon.',
        'Il doit y rencontrer les dirigeants japonais.',
      ].join('\n'),
    );
    expect(extract(input).events.map((e) => [e.kind, e.name, e.date?.iso, e.place?.country])).toEqual([
      ['visit', 'visite de Pham Minh Chinh', '2025-03-03', 'JP'],
    ]);
  });

  it('skips a meeting planned in its own clause but keeps one told before a forecast', () => {
    const input = inputFrom(
      [
        'Foreign Minister Bui Thanh Son held talks with his Japanese counterpart Takeshi Iwaya in Tokyo on March 3, 2025.',
        'Iwaya will travel to Manila next week for talks with President Ferdinand Marcos Jr.',
        'After the talks, Son said Japan will provide new patrol vessels to Vietnam.',
      ].join('\n'),
      { language: 'en' },
    );
    expect(summary(input)).toEqual([
      {
        kind: 'talks',
        ordinal: null,
        date: '2025-03-03',
        year: 'stated',
        place: 'Tokyo',
        people: ['Bui Thanh Son', 'Takeshi Iwaya'],
      },
    ]);
  });

  it('does not take a place after "de" for a person', () => {
    const input = inputFrom(
      'Le ministre Nguyen Hong Dien a eu une séance de travail avec une délégation de la province de Nakhon Phanom conduite par son gouverneur, Sanit Khamtheva.',
    );
    expect(summary(input)[0]?.people).toEqual(['Nguyen Hong Dien', 'Sanit Khamtheva']);
  });

  it('reads "aujourd\'hui" as the day the lead tells of, when the article came out a day later', () => {
    const input = inputFrom(
      [
        'Le président Vo Van Thuong a annoncé le 27 novembre un nouveau partenariat avec le Japon.',
        'Le président Vo Van Thuong et le Premier ministre Fumio Kishida se sont entretenus aujourd’hui à Tokyo.',
      ].join('\n'),
      { published: published('2023-11-28') },
    );
    expect(summary(input).map((e) => [e.kind, e.date])).toEqual([['talks', '2023-11-27']]);
  });

  it.each([
    [
      'fr',
      'Du côté sénégalais, la délégation comprenait la ministre des Pêches Fatou Diouf et le ministre des Transports Malick Ndiaye.',
    ],
    ['en', 'NATO Secretary General Mark Rutte and Ukrainian Defence Minister Rustem Umerov also took part.'],
    ['en', 'Attending were Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov.'],
    [
      'fr',
      'Étaient notamment présents le président comorien Azali Assoumani et le président sud-africain Cyril Ramaphosa.',
    ],
    ['fr', 'Autour de la table, le président colombien Gustavo Petro et le président bolivien Luis Arce.'],
    [
      'fr',
      "Parmi les chefs d'État venus à Nouakchott figurent le président malien Assimi Goïta et le président nigérien Mohamed Bazoum.",
    ],
    [
      'en',
      'Among the leaders in attendance were Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo.',
    ],
  ])(
    '%s: a sentence listing who attended or made up a side adds them to the meeting told before: %s',
    (language, line) => {
      const lead =
        language === 'fr'
          ? 'Le président Bassirou Diomaye Faye et le président Mohamed Ould Ghazouani ont eu des entretiens jeudi 18 avril à Nouakchott.'
          : 'President Xi Jinping and President Joe Biden held talks in Naples on Friday.';
      const events = summary(inputFrom(`${lead}\n${line}`, { language, published: published('2024-04-19') }));
      expect(events).toHaveLength(1);
      expect(events[0]?.people).toHaveLength(4);
    },
  );

  it('does not take a person named in what someone said for a participant', () => {
    const events = summary(
      inputFrom(
        'On Wednesday, Foreign Secretary David Lammy called on Prime Minister Narendra Modi, who said he appreciated the priority that Prime Minister Keir Starmer was giving to the partnership.',
        { language: 'en', published: published('2024-07-25') },
      ),
    );
    expect(events.flatMap((e) => e.people)).toEqual(['David Lammy', 'Narendra Modi']);
  });

  it('finds no meeting where none is told', () => {
    const input = inputFrom(
      [
        'Le Vietnam et le Japon entretiennent des relations étroites depuis 1973.',
        'Les deux pays veulent renforcer le dialogue et organiser des rencontres régulières.',
      ].join('\n'),
    );
    expect(extract(input).events).toEqual([]);
  });
});

describe('quotes and sources', () => {
  it.each([
    ['dialogue', dialogue],
    ['visit', visit],
    ['days', days],
  ])('%s: every quote is the body at its offsets and the article validates', (_, input) => {
    const out = extract(input);
    const article = parseArticle({
      id: input.id,
      title: null,
      language: input.language,
      publisher: null,
      url: null,
      published: input.published,
      dateline: input.dateline,
      body: input.body,
      sentences: input.sentences,
      removed: [],
      repairs: [],
      ...out,
      source: {
        file: 'x.txt',
        sha256: '0'.repeat(64),
        bytes: input.body.length,
        ingestedAt: '2025-01-01T00:00:00.000Z',
      },
    });
    expect(article.facts.length).toBeGreaterThan(0);
    for (const f of [...article.facts, ...article.people]) {
      expect(input.body.slice(f.source.start, f.source.end)).toBe(f.quote);
    }
    expect(new Set(article.facts.map((f) => f.id)).size).toBe(article.facts.length);
  });
});

describe('a meeting named again with a demonstrative', () => {
  it.each([
    [
      'fr',
      'Le deuxième sommet Russie-Afrique a pris fin vendredi 28 juillet 2023 à Saint-Pétersbourg.',
      'Ouvert jeudi 27 juillet, ce sommet de deux jours réunissait autour du président russe Vladimir Poutine les délégations de 49 pays.',
    ],
    [
      'en',
      'The second Russia-Africa summit ended on Friday, July 28, 2023 in Saint Petersburg.',
      'Opened on Thursday, July 27, this two-day summit gathered delegations from 49 countries around Russian President Vladimir Putin.',
    ],
  ])('%s: is the meeting told before, with its people and the day it opened', (language, first, second) => {
    const events = summary(inputFrom(`${first}\n${second}`, { language, published: published('2023-07-29') }));
    expect(events).toHaveLength(1);
    expect(events[0]?.date).toBe('2023-07-27');
    expect(events[0]?.people.some((p) => /Vladimir P/.test(p))).toBe(true);
  });
});

describe('an adverb between the auxiliary and the verb of meeting', () => {
  it.each([
    [
      'Mercredi 26 juillet 2023, le président russe Vladimir Poutine avait déjà reçu le président égyptien Abdel Fattah al-Sissi.',
      'reception',
    ],
    [
      'Le Premier ministre Pham Minh Chinh a ensuite reçu le ministre japonais Kishida Fumio le 4 décembre 2023.',
      'reception',
    ],
    [
      'Le 4 décembre 2023, le ministre Nguyen Minh Vu s’est longuement entretenu avec le ministre japonais Kishida Fumio.',
      'talks',
    ],
  ])('%s → %s', (line, kind) => {
    const events = summary(inputFrom(line, { language: 'fr', published: published('2023-12-05') }));
    expect(events.map((e) => e.kind)).toEqual([kind]);
    expect(events[0]?.people).toHaveLength(2);
  });
});

describe('a meeting being prepared', () => {
  it.each([
    [
      'fr',
      'Le président ukrainien Volodymyr Zelensky a dit samedi 15 juin 2024 que Kiev prépare déjà un deuxième sommet.',
    ],
    [
      'en',
      'Ukrainian President Volodymyr Zelensky said on Saturday, June 15, 2024 that Kyiv was preparing a second summit.',
    ],
  ])('%s: is not a meeting the article reports: %s', (language, line) => {
    expect(summary(inputFrom(line, { language, published: published('2024-06-16') }))).toEqual([]);
  });
});

describe('meetings told apart from the one their people were just at', () => {
  it('a phone call told with a past perfect is one', () => {
    const line =
      'Prime Minister Narendra Modi and Prime Minister Keir Starmer had already spoken over the phone on July 6, 2024.';
    expect(summary(inputFrom(line, { language: 'en', published: published('2024-07-25') })).map((e) => e.kind)).toEqual(
      ['phone_call'],
    );
  });
  it.each([
    'On the sidelines of the dialogue, Defence Minister Rajnath Singh held separate talks with Defence Minister Kihara Minoru.',
    'Defence Minister Rajnath Singh and Defence Minister Kihara Minoru also held bilateral talks.',
  ])('%s', (line) => {
    const lead =
      'Defence Minister Rajnath Singh and Defence Minister Kihara Minoru held the third 2+2 dialogue in New Delhi on August 20, 2024.';
    const events = summary(inputFrom(`${lead}\n${line}`, { language: 'en', published: published('2024-08-21') }));
    expect(events.map((e) => e.kind)).toEqual(['dialogue', 'talks']);
  });
});
