import { describe, expect, it } from 'vitest';
import { extract, inputFrom } from '../../support/extraction.js';

const published = (iso: string) => ({ iso, text: iso, year: 'stated' as const });
const events = (lines: string[], language: string, iso = '2025-03-07') =>
  extract(inputFrom(lines.join('\n'), { language, published: published(iso) })).events.map((e) => ({
    kind: e.kind,
    ordinal: e.ordinal,
    date: e.date?.iso ?? null,
    people: e.participants.map((p) => p.name).sort(),
  }));

// invented texts, written the way outlets tell these stories
describe('one meeting, one event (issue 12, class 5)', () => {
  it.each([
    {
      why: 'a named meeting told without people, then its hosts and guests: one dialogue',
      language: 'en',
      lines: [
        'Oslo and Lisbon agreed on Tuesday to widen naval exercises after the third Norway-Portugal 2+2 Ministerial Dialogue.',
        'Foreign Minister Espen Barth Eide hosted Portuguese Foreign Minister Paulo Rangel for the talks.',
      ],
      want: [{ kind: 'dialogue', ordinal: 3, date: '2025-03-04', people: ['Espen Barth Eide', 'Paulo Rangel'] }],
    },
    {
      why: 'one call told in two sentences, the second calling it "the talks": one phone call',
      language: 'en',
      lines: [
        'President Joe Biden and Chinese President Xi Jinping spoke by phone for two hours on Monday.',
        'Biden joined from the White House, where the talks with Xi Jinping began at 8 p.m.',
      ],
      want: [{ kind: 'phone_call', ordinal: null, date: '2025-03-03', people: ['Joe Biden', 'Xi Jinping'] }],
    },
    {
      why: 'a 2+2 held by video conference is a dialogue, not a call; a caption of it is the same meeting',
      language: 'fr',
      lines: [
        'La France et le Chili ont tenu lundi 3 mars leur premier dialogue « 2+2 » par visioconférence, réunissant le ministre Jean-Noël Barrot et son homologue Alberto van Klaveren.',
        'Les ministres pendant la réunion en ligne, le 3 mars.',
      ],
      want: [
        { kind: 'dialogue', ordinal: 1, date: '2025-03-03', people: ['Alberto van Klaveren', 'Jean-Noël Barrot'] },
      ],
    },
    {
      why: 'a named meeting told again, and met by its verb in a sentence that names it: one dialogue',
      language: 'en',
      lines: [
        'Madrid will fund coast guard training, Foreign Minister José Manuel Albares said on Tuesday after the fourth Spain-Morocco Ministerial Dialogue.',
        'José Manuel Albares met Foreign Minister Nasser Bourita in Rabat on March 4, the first time the 2+2 dialogue has been held in Morocco.',
      ],
      want: [{ kind: 'dialogue', ordinal: 4, date: '2025-03-04', people: ['José Manuel Albares', 'Nasser Bourita'] }],
    },
    {
      why: 'a meeting told "ahead of the talks" or "also" is another meeting, kept apart',
      language: 'en',
      lines: [
        'India and Chile held the ninth Defence Policy Dialogue in New Delhi on Wednesday, co-chaired by Defence Secretary Rajesh Kumar Singh and Undersecretary Ricardo Montero.',
        'Ahead of the talks, Ricardo Montero called on General Anil Chauhan.',
      ],
      want: [
        { kind: 'dialogue', ordinal: 9, date: '2025-03-05', people: ['Rajesh Kumar Singh', 'Ricardo Montero'] },
        { kind: 'reception', ordinal: null, date: '2025-03-05', people: ['Anil Chauhan', 'Ricardo Montero'] },
      ],
    },
  ])('$why', ({ language, lines, want }) => {
    expect(events(lines, language)).toEqual(want);
  });
});

describe('the reported meeting, not a previous edition nor a subject discussed (classes 4, 10)', () => {
  const told = (lines: string[]) =>
    extract(inputFrom(lines.join('\n'), { language: 'en', published: published('2025-03-08') })).events.map((e) => ({
      ordinal: e.ordinal,
      place: e.place?.name ?? null,
      sentences: e.evidence.length,
    }));

  it('keeps the previous round and the conflict discussed out of the meeting', () => {
    expect(
      told([
        'India and Chile held their fifth 2+2 Ministerial Dialogue in New Delhi on Friday.',
        'Minister Rajnath Singh hosted Minister Alberto van Klaveren for the talks, which covered the conflict in Gaza.',
        'The fourth 2+2 dialogue was held in Santiago in April 2022.',
      ]),
    ).toEqual([{ ordinal: 5, place: 'New Delhi', sentences: 2 }]);
  });
});

describe('calls told one after another (classes 2, 3, 5)', () => {
  it('keeps a second call with a new counterpart apart, on the day of the first', () => {
    expect(
      events(
        [
          'President Ana Silva and Chancellor Olaf Scholz spoke by telephone on Wednesday and agreed that their teams should begin talks soon.',
          'Right after hanging up with Scholz, Silva called Prime Minister Mark Carney to brief him.',
        ],
        'en',
      ),
    ).toEqual([
      { kind: 'phone_call', ordinal: null, date: '2025-03-05', people: ['Ana Silva', 'Olaf Scholz'] },
      { kind: 'phone_call', ordinal: null, date: '2025-03-05', people: ['Ana Silva', 'Mark Carney', 'Olaf Scholz'] },
    ]);
  });

  it('dates a meeting told inside a dated visit sentence with the visit day', () => {
    expect(
      events(
        [
          'Le ministre Jean-Noël Barrot s’est rendu dimanche à Alger.',
          'Jean-Noël Barrot s’est rendu directement au ministère, où il a eu un entretien avec son homologue Ahmed Attaf.',
        ],
        'fr',
        '2025-04-07',
      ).map((e) => [e.kind, e.date]),
    ).toContainEqual(['talks', '2025-04-06']);
  });
});

describe('a day told just before (class 2)', () => {
  it('dates "that day" and "in the evening" from the day the sentence before wrote, not the lead meeting', () => {
    expect(
      events(
        [
          'President Emmanuel Macron and Prime Minister Narendra Modi held talks at the Élysée on Friday.',
          "Modi's two-day visit began on Thursday.",
          'That day he met Prime Minister Élisabeth Borne.',
          'In the evening, Macron hosted Modi for a private dinner.',
        ],
        'en',
        '2025-03-08',
      ).map((e) => [e.kind, e.date]),
    ).toEqual([
      ['talks', '2025-03-07'],
      ['meeting', '2025-03-06'],
      ['reception', '2025-03-06'],
    ]);
  });
});

describe('a same-day phrase with no meeting told before (class 2)', () => {
  it('dates "le soir même" from the day the lead wrote, and places the dinner in the city of the country', () => {
    const out = extract(
      inputFrom(
        [
          'Le roi Philippe a entamé mardi 7 juin à Kinshasa une visite officielle de six jours.',
          'Une foule dense s’était massée le long du boulevard.',
          'Les enfants agitaient des drapeaux.',
          'Le soir même, le président Félix Tshisekedi a offert au roi Philippe un dîner privé en République démocratique du Congo.',
        ].join('\n'),
        { language: 'fr', published: published('2022-06-09') },
      ),
    ).events.map((e) => [e.kind, e.date?.iso, e.place?.name]);
    expect(out).toEqual([['reception', '2022-06-07', 'Kinshasa']]);
  });
});
