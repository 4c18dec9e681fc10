import { describe, expect, it } from 'vitest';
import { extract, inputFrom } from '../../support/extraction.js';

const published = (iso: string) => ({ iso, text: iso, year: 'stated' as const });
const events = (text: string, language: string, iso = '2025-03-07') =>
  extract(inputFrom(text, { language, published: published(iso) })).events.map((e) => ({
    kind: e.kind,
    ordinal: e.ordinal,
    aliases: e.aliases,
    date: e.date?.iso ?? null,
    place: e.place?.name ?? null,
    people: e.participants.map((p) => p.name).sort(),
  }));

describe('a meeting verb whose clause names the meeting it is part of', () => {
  it.each([
    {
      why: 'English "for the Nth … meeting": one event, the named kind (a 2+2 is a dialogue), ordinal, quoted alias, all people',
      language: 'en',
      text: 'Korean Foreign Minister Cho Tae-yul and Defence Minister Kim Yong-hyun met their Australian counterparts, Foreign Minister Penny Wong and Defence Minister Richard Marles, in Melbourne on Wednesday for the sixth "2+2" ministerial meeting of the two allies.',
      want: {
        kind: 'dialogue',
        ordinal: 6,
        aliases: ['2+2'],
        date: '2025-03-05',
        place: 'Melbourne',
        people: ['Cho Tae-yul', 'Kim Yong-hyun', 'Penny Wong', 'Richard Marles'],
      },
    },
    {
      why: 'French "dans le cadre du Ne dialogue": one dialogue holding both ministers',
      language: 'fr',
      text: 'Le ministre japonais de la Défense, Gen Nakatani, a rencontré jeudi à Paris son homologue français Sébastien Lecornu, dans le cadre du 8e dialogue stratégique franco-japonais.',
      want: {
        kind: 'dialogue',
        ordinal: 8,
        aliases: [],
        date: '2025-03-06',
        place: 'Paris',
        people: ['Gen Nakatani', 'Sébastien Lecornu'],
      },
    },
    {
      why: 'a host receiving a guest "for their annual leaders\' meeting", ordinal told after ("the ninth such meeting")',
      language: 'en',
      text: "Malaysian Prime Minister Anwar Ibrahim hosted Singaporean Prime Minister Lawrence Wong for their annual leaders' retreat meeting in Putrajaya on Monday, the ninth such meeting since 2013.",
      want: {
        kind: 'meeting',
        ordinal: 9,
        aliases: [],
        date: '2025-03-03',
        place: 'Putrajaya',
        people: ['Anwar Ibrahim', 'Lawrence Wong'],
      },
    },
  ])('$why', ({ language, text, want }) => {
    expect(events(text, language)).toEqual([want]);
  });

  it('keeps "the first meeting since 2013" as the talks it frames, with no series number', () => {
    const out = events(
      'Le ministre indien de la Défense, Rajnath Singh, et son homologue australien Richard Marles se sont entretenus lundi à Canberra, lors de la première rencontre entre les deux ministres depuis 2019.',
      'fr',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'talks', people: ['Rajnath Singh', 'Richard Marles'] });
  });

  it('joins people who "also attended the talks" to the meeting just told', () => {
    const out = events(
      [
        'Thai Prime Minister Paetongtarn Shinawatra met Cambodian Prime Minister Hun Manet in Bangkok on Tuesday.',
        'Thai Foreign Minister Maris Sangiampongsa and Cambodian Foreign Minister Prak Sokhonn also attended the talks.',
      ].join('\n'),
      'en',
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.people).toEqual(['Hun Manet', 'Maris Sangiampongsa', 'Paetongtarn Shinawatra', 'Prak Sokhonn']);
  });
});

describe('meetings told before the story', () => {
  it.each([
    ['en', 'Last month, German Chancellor Olaf Scholz visited Tokyo for talks with Prime Minister Shigeru Ishiba.'],
    [
      'en',
      'Earlier this year, Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo.',
    ],
    ['fr', "L'an dernier, le président français Emmanuel Macron avait rencontré à Hanoï le président To Lam."],
    ['fr', 'Plus tôt cette année, le ministre japonais Takeshi Iwaya a rencontré son homologue Bui Thanh Son à Hanoï.'],
  ])('%s: %s is no meeting of the article', (language, text) => {
    expect(events(text, language)).toEqual([]);
  });

  it('a meeting told without a time adverbial is still reported', () => {
    expect(
      events(
        'Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday.',
        'en',
      ),
    ).toHaveLength(1);
  });
});

describe('places', () => {
  it.each([
    ['en', 'Kenyan President William Ruto met Indian Prime Minister Narendra Modi in Nairobi on Monday.', 'Nairobi'],
    [
      'fr',
      'Le président sénégalais Bassirou Diomaye Faye a reçu lundi à Dakar le Premier ministre Ousmane Sonko.',
      'Dakar',
    ],
    ['en', 'Brazilian President Lula met Chinese Premier Li Qiang at the Brasilia Palace on Monday.', 'Brasilia'],
    ['en', 'Polish President Andrzej Duda met Ukrainian President Volodymyr Zelensky in Rzeszow on Monday.', 'Rzeszow'],
  ])('%s: %s → %s', (language, text, place) => {
    expect(events(text, language)[0]?.place).toBe(place);
  });
});

describe('the country of a head of state or government named without a nationality', () => {
  it.each([
    [
      'en',
      'Seoul',
      [
        'Japanese Foreign Minister Takeshi Iwaya and Japanese Defence Minister Gen Nakatani met South Korean Foreign Minister Cho Tae-yul in Seoul on Monday.',
        'Later the same day, Iwaya paid a courtesy call on President Yoon Suk Yeol.',
      ],
      'Yoon Suk Yeol',
      'KR',
    ],
    [
      'fr',
      'Jakarta',
      [
        'Le ministre japonais des Affaires étrangères, Takeshi Iwaya, a rencontré lundi à Jakarta son homologue indonésien Sugiono, en présence de l’ambassadeur japonais.',
        'Le ministre japonais a ensuite été reçu par le président Prabowo Subianto.',
      ],
      'Prabowo Subianto',
      'ID',
    ],
  ])('%s: received at home in %s', (language, _place, lines, name, country) => {
    const out = extract(inputFrom(lines.join('\n'), { language, published: published('2025-03-07') }));
    expect(out.people.find((p) => p.name === name)?.country).toBe(country);
  });
});

it('reads "U.S." as the United States, so a U.S. president met abroad stays American', () => {
  const out = extract(
    inputFrom('U.S. President Joe Biden met Indian Prime Minister Narendra Modi in New Delhi on Saturday.', {
      language: 'en',
      published: published('2023-09-10'),
    }),
  );
  expect(out.people.find((p) => p.name === 'Joe Biden')?.country).toBe('US');
});
