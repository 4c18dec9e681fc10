import type { Article } from '@kizuna/model';
import { buildArticle, date } from './article-builder.js';

// Invented articles (other countries and outlets than the seeds) that exercise every reply.

/** A French article, no year anywhere: a 2+2 dialogue on "12 mars". */
export const dialogue2plus2 = (): Article =>
  buildArticle({
    id: 'fr-dialogue-2plus2',
    title: 'Premier dialogue 2+2 Vietnam-Inde à New Delhi',
    publisher: 'Le Courrier du Delta',
    url: 'https://courrier-delta.example/dialogue-2-2',
    paragraphs: [
      [
        "Le 12 mars, à New Delhi, s'est tenu le premier dialogue (2+2) entre les vice-ministres des Affaires étrangères et de la Défense Vietnam-Inde.",
        'La délégation vietnamienne était conduite par M. Lê Văn An, vice-ministre des Affaires étrangères, et le général Trần Quốc Bình, vice-ministre de la Défense.',
        'La délégation indienne était coprésidée par Arjun Mehta, secrétaire adjoint, et Priya Rao, secrétaire à la Défense.',
      ],
      [
        'Les deux parties ont convenu de renforcer la coopération en matière de déminage et de sauvetage en mer.',
        "Elles signeront un mémorandum d'entente sur la formation des officiers.",
      ],
    ],
    people: [
      {
        name: 'Lê Văn An',
        role: 'vice-ministre des Affaires étrangères',
        country: 'VN',
        at: 'M. Lê Văn An, vice-ministre des Affaires étrangères',
      },
      {
        name: 'Trần Quốc Bình',
        role: 'vice-ministre de la Défense',
        country: 'VN',
        at: 'le général Trần Quốc Bình, vice-ministre de la Défense',
      },
      { name: 'Arjun Mehta', role: 'secrétaire adjoint', country: 'IN', at: 'Arjun Mehta, secrétaire adjoint' },
      { name: 'Priya Rao', role: 'secrétaire à la Défense', country: 'IN', at: 'Priya Rao, secrétaire à la Défense' },
    ],
    events: [
      {
        id: 'vn-in-2plus2-1',
        kind: 'dialogue',
        name: 'premier dialogue (2+2) des vice-ministres des Affaires étrangères et de la Défense Vietnam-Inde',
        aliases: ['2+2'],
        ordinal: 1,
        series: 'dialogue 2+2 Vietnam-Inde',
        date: date('--03-12', 'Le 12 mars'),
        place: { name: 'New Delhi', country: 'IN' },
        participants: [
          { name: 'Lê Văn An', role: 'vice-ministre des Affaires étrangères', country: 'VN' },
          { name: 'Trần Quốc Bình', role: 'vice-ministre de la Défense', country: 'VN' },
          { name: 'Arjun Mehta', role: 'secrétaire adjoint', country: 'IN' },
          { name: 'Priya Rao', role: 'secrétaire à la Défense', country: 'IN' },
        ],
        outcomes: ["mémorandum d'entente sur la formation des officiers (à signer)"],
        evidence: ["s'est tenu le premier dialogue (2+2)", 'La délégation indienne était coprésidée'],
      },
    ],
    facts: [
      {
        about: 'vn-in-2plus2-1',
        kind: 'outcome',
        text: 'ont convenu de renforcer la coopération en matière de déminage et de sauvetage en mer',
        quote:
          'Les deux parties ont convenu de renforcer la coopération en matière de déminage et de sauvetage en mer.',
      },
    ],
  });

/** An English article with a stated year: the tenth annual summit, and a surname-only mention. */
export const tenthSummit = (): Article =>
  buildArticle({
    id: 'en-tenth-summit',
    title: 'Japan and the Philippines hold tenth annual summit',
    language: 'en',
    publisher: 'Pacific Ledger',
    url: 'https://pacific-ledger.example/tenth-summit',
    published: date('2024-05-20', 'May 20, 2024'),
    paragraphs: [
      [
        'Prime Minister Haruto Sato received President Maria Santos in Tokyo on May 18, 2024 for the tenth annual summit between Japan and the Philippines.',
        'The two leaders signed a reciprocal access agreement covering joint exercises.',
        'Sato said the agreement would deepen maritime cooperation.',
      ],
    ],
    people: [
      { name: 'Haruto Sato', role: 'Prime Minister', country: 'JP', at: 'Prime Minister Haruto Sato' },
      { name: 'Maria Santos', role: 'President', country: 'PH', at: 'President Maria Santos' },
      { name: 'Sato', country: 'JP', at: 'Sato said' },
    ],
    events: [
      {
        id: 'jp-ph-summit-10',
        kind: 'summit',
        name: 'tenth Japan-Philippines annual summit',
        ordinal: 10,
        series: 'Japan-Philippines annual summit',
        date: date('2024-05-18', 'May 18, 2024'),
        place: { name: 'Tokyo', country: 'JP' },
        participants: [
          { name: 'Haruto Sato', role: 'Prime Minister', country: 'JP' },
          { name: 'Maria Santos', role: 'President', country: 'PH' },
        ],
        outcomes: ['reciprocal access agreement signed'],
        evidence: ['for the tenth annual summit', 'The two leaders signed'],
      },
    ],
    facts: [
      {
        about: 'jp-ph-summit-10',
        kind: 'outcome',
        text: 'reciprocal access agreement',
        quote: 'The two leaders signed a reciprocal access agreement covering joint exercises.',
      },
    ],
  });

/** A French phone call, year stated, between the same prime minister and another leader. */
export const phoneCall = (): Article =>
  buildArticle({
    id: 'fr-appel-sato',
    title: 'Entretien téléphonique entre les dirigeants japonais et vietnamien',
    publisher: 'Agence Mékong',
    published: date('2024-02-10', '10 février 2024'),
    paragraphs: [
      [
        'Le 9 février 2024, le Premier ministre vietnamien Phạm Văn Đức a eu un entretien téléphonique avec le Premier ministre japonais Haruto Sato.',
        'Les deux dirigeants ont salué les progrès de la coopération économique.',
      ],
    ],
    people: [
      {
        name: 'Phạm Văn Đức',
        role: 'Premier ministre',
        country: 'VN',
        at: 'le Premier ministre vietnamien Phạm Văn Đức',
      },
      { name: 'Haruto Sato', role: 'Premier ministre', country: 'JP', at: 'le Premier ministre japonais Haruto Sato' },
    ],
    events: [
      {
        id: 'vn-jp-call-2024-02-09',
        kind: 'phone_call',
        name: 'entretien téléphonique entre Phạm Văn Đức et Haruto Sato',
        date: date('2024-02-09', 'Le 9 février 2024'),
        participants: [
          { name: 'Phạm Văn Đức', role: 'Premier ministre', country: 'VN' },
          { name: 'Haruto Sato', role: 'Premier ministre', country: 'JP' },
        ],
        evidence: ['a eu un entretien téléphonique'],
      },
    ],
  });

/** Two editions of one dialogue series, so that "dialogue politique défense" is ambiguous. */
export const defenceDialogues = (): Article =>
  buildArticle({
    id: 'fr-dialogues-defense',
    title: 'Dialogues sur la politique de défense Vietnam-Australie',
    publisher: 'Le Courrier du Delta',
    published: date('2023-10-02', '2 octobre 2023'),
    paragraphs: [
      [
        'Le 3e dialogue sur la politique de défense Vietnam-Australie a eu lieu à Canberra le 14 septembre 2022.',
        'Le 4e dialogue sur la politique de défense Vietnam-Australie a eu lieu à Hanoï le 28 septembre 2023.',
        'Le général Võ Thanh Hải et le vice-amiral Daniel Clarke ont coprésidé ces deux rencontres.',
      ],
    ],
    people: [
      { name: 'Võ Thanh Hải', role: 'général', country: 'VN', at: 'Le général Võ Thanh Hải' },
      { name: 'Daniel Clarke', role: 'vice-amiral', country: 'AU', at: 'le vice-amiral Daniel Clarke' },
    ],
    events: [
      {
        id: 'vn-au-defence-dialogue-3',
        kind: 'dialogue',
        name: '3e dialogue sur la politique de défense Vietnam-Australie',
        ordinal: 3,
        series: 'dialogue sur la politique de défense Vietnam-Australie',
        date: date('2022-09-14', '14 septembre 2022'),
        place: { name: 'Canberra', country: 'AU' },
        participants: [
          { name: 'Võ Thanh Hải', role: 'général', country: 'VN' },
          { name: 'Daniel Clarke', role: 'vice-amiral', country: 'AU' },
        ],
        evidence: ['Le 3e dialogue'],
      },
      {
        id: 'vn-au-defence-dialogue-4',
        kind: 'dialogue',
        name: '4e dialogue sur la politique de défense Vietnam-Australie',
        ordinal: 4,
        series: 'dialogue sur la politique de défense Vietnam-Australie',
        date: date('2023-09-28', '28 septembre 2023'),
        place: { name: 'Hanoï', country: 'VN' },
        participants: [
          { name: 'Võ Thanh Hải', role: 'général', country: 'VN' },
          { name: 'Daniel Clarke', role: 'vice-amiral', country: 'AU' },
        ],
        evidence: ['Le 4e dialogue'],
      },
    ],
  });

/** Article text that tries to ping, link and format. */
export const injection = (): Article =>
  buildArticle({
    id: 'en-injection',
    title: '**Breaking** @everyone news',
    language: 'en',
    publisher: 'Hostile <@123456789012345678> Press',
    url: 'https://hostile.example/story',
    published: date('2025-01-05', 'January 5, 2025'),
    paragraphs: [
      [
        'Officials met in Geneva for the signing of a ceasefire protocol @everyone @here <@123456789012345678> [click](https://evil.example) **now**.',
        '# Heading that should stay text and `code` and ||spoiler|| ~~gone~~ _it_',
      ],
    ],
    people: [{ name: 'Jane Doe', role: 'envoy @here', country: 'CH', at: 'Officials met in Geneva' }],
    events: [
      {
        id: 'ch-signing-2025',
        kind: 'signing',
        name: 'signing of the **ceasefire** protocol @everyone',
        date: date('2025-01-04', 'January 4, 2025'),
        place: { name: 'Geneva <#42>', country: 'CH' },
        participants: [{ name: 'Jane Doe', role: 'envoy [x](https://evil.example)', country: 'CH' }],
        outcomes: ['protocol signed @here'],
        evidence: ['Officials met in Geneva'],
      },
    ],
  });

/** Every small fixture article. */
export const fixtureArticles = (): Article[] => [
  dialogue2plus2(),
  tenthSummit(),
  phoneCall(),
  defenceDialogues(),
  injection(),
];

// long filler from a small vocabulary, as real text repeats its words
const words = (n: number, seed: string) =>
  Array.from(
    { length: n },
    (_, i) => `${seed}${i % 7 === 0 ? 'é' : ''}${String.fromCharCode(97 + (i % 26))}${i % 3}`,
  ).join(' ');

/**
 * One meeting reported by many articles, with a very long name, dozens of participants with long
 * roles, long outcomes and quotes far beyond every Discord limit.
 */
export function oversizedArticles(count = 14): Article[] {
  return Array.from({ length: count }, (_, a) => {
    const id = `fr-oversized-${String(a).padStart(2, '0')}`;
    const long = `La conférence maritime a réuni ${words(400, 'délégué')} autour de la sécurité en mer.`;
    const participants = Array.from({ length: 40 }, (_, i) => ({
      name: `Participant Numéro${i} Nom${a}x${i}`,
      role: `conseiller principal chargé de ${words(30, 'dossier')}`,
      country: i % 2 ? 'FR' : 'VN',
    }));
    return buildArticle({
      id,
      title: `Conférence maritime ${words(40, 'titre')}`,
      publisher: `Éditeur ${a} ${words(20, 'maison')}`,
      url: `https://oversized.example/${id}/${'x'.repeat(200)}`,
      published: date('2022-06-01', '1er juin 2022'),
      paragraphs: [[long, 'La 7e conférence maritime franco-vietnamienne s’est tenue à Brest le 30 mai 2022.']],
      people: participants.slice(0, 5).map((p) => ({ ...p, at: 'La conférence maritime a réuni' })),
      events: [
        {
          id: `maritime-7-${a}`,
          kind: 'meeting',
          name: `7e conférence maritime franco-vietnamienne ${words(80, 'nom')}`,
          ordinal: 7,
          series: 'conférence maritime franco-vietnamienne',
          date: date('2022-05-30', '30 mai 2022'),
          place: { name: 'Brest', country: 'FR' },
          participants,
          outcomes: Array.from({ length: 30 }, (_, i) => `résultat ${i} ${words(40, 'accord')}`),
          evidence: ['La conférence maritime a réuni', 'La 7e conférence maritime'],
        },
      ],
      facts: Array.from({ length: 8 }, (_, i) => ({
        about: `maritime-7-${a}`,
        kind: 'statement' as const,
        text: `fait ${i}`,
        quote: long,
      })),
    });
  });
}

/** `n` small dated meetings, one article each, for paging and choice limits. */
export function manyMeetings(n: number): Article[] {
  return Array.from({ length: n }, (_, i) =>
    buildArticle({
      id: `many-${i}`,
      paragraphs: [[`Meeting number ${i} happened in Oslo.`]],
      events: [
        {
          id: `meeting-${i}-${'x'.repeat(120)}`,
          kind: 'meeting',
          name: `meeting ${'long name '.repeat(20)}${i}`,
          date: date(`20${String(10 + (i % 15))}-01-${String(1 + (i % 28)).padStart(2, '0')}`),
          place: { name: 'Oslo', country: 'NO' },
          evidence: [`Meeting number ${i}`],
        },
      ],
    }),
  );
}
