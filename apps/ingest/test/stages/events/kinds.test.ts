import { describe, expect, it } from 'vitest';
import { extract, inputFrom } from '../../support/extraction.js';

const published = (iso: string) => ({ iso, text: iso, year: 'stated' as const });
const kinds = (text: string, language: string) =>
  extract(inputFrom(text, { language, published: published('2025-03-07') })).events.map((e) => e.kind);

// invented sentences: the phrasings outlets use for each kind (issue 12, class 3)
describe('which meetings, and their kind', () => {
  it.each([
    ['en', 'On Friday, President Ana Silva spoke over the phone with Chancellor Olaf Scholz.', 'phone_call'],
    [
      'en',
      'Prime Minister Narendra Modi held a telephonic conversation with President Emmanuel Macron on Thursday.',
      'phone_call',
    ],
    [
      'en',
      'In a call on Wednesday, President Lee Jae-myung and Prime Minister Shigeru Ishiba agreed to meet soon.',
      'phone_call',
    ],
    [
      'fr',
      'Le Premier ministre Narendra Modi a reçu jeudi un appel téléphonique du président Emmanuel Macron.',
      'phone_call',
    ],
    [
      'en',
      'Foreign Minister Penny Wong and Defence Minister Richard Marles hosted their Japanese counterparts on Monday for the fourth 2+2 talks.',
      'dialogue',
    ],
    [
      'fr',
      'Le chancelier Olaf Scholz a accueilli mardi 28 mai le président Emmanuel Macron pour le 24e Conseil des ministres franco-allemand.',
      'ministerial_meeting',
    ],
    [
      'en',
      'Chancellor Olaf Scholz and Prime Minister Donald Tusk opened the German-Polish intergovernmental consultations in Warsaw on Tuesday.',
      'ministerial_meeting',
    ],
    [
      'fr',
      "Le Premier ministre Pham Minh Chinh s'est entretenu au téléphone lundi avec son homologue Hun Manet.",
      'phone_call',
    ],
    ['en', 'On Monday, Prime Minister Keir Starmer called Prime Minister Narendra Modi.', 'phone_call'],
    ['en', 'On Monday, Foreign Secretary David Lammy called on Prime Minister Narendra Modi.', 'reception'],
    ['fr', 'Le soir, le président Félix Tshisekedi a offert au roi Philippe un dîner privé à Kinshasa.', 'reception'],
    [
      'en',
      'President Luiz Inácio Lula da Silva hosted a state dinner for President Xi Jinping on Wednesday.',
      'reception',
    ],
    ['fr', 'Le président Emmanuel Macron a eu jeudi un déjeuner de travail avec le chancelier Olaf Scholz.', 'meeting'],
  ])('%s: %s', (language, text, kind) => {
    expect(kinds(text, language)).toEqual([kind]);
  });

  it('does not read receiving a prize as a reception', () => {
    expect(kinds('Mardi matin, à Münster, le président Emmanuel Macron a reçu le prix de la paix.', 'fr')).toEqual([]);
  });

  it('tells the talks a signing followed', () => {
    expect(
      kinds(
        "Le Chili a signé jeudi 6 mars un contrat d'hélicoptères, a annoncé le ministre Alberto van Klaveren, à l'issue d'un entretien à Paris avec son homologue Sébastien Lecornu.",
        'fr',
      ),
    ).toContain('talks');
  });

  it('does not report a meeting to come (issue 12, class 4)', () => {
    expect(
      kinds(
        'Samedi, le président Bassirou Diomaye Faye est attendu à Banjul pour rencontrer le président Adama Barrow.',
        'fr',
      ),
    ).toEqual([]);
  });
});
