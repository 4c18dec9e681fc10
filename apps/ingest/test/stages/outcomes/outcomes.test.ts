import { describe, expect, it } from 'vitest';
import { findOutcomes } from '../../../src/stages/outcomes/find-outcomes.js';
import { extract, inputFrom } from '../../support/extraction.js';
import { resources } from '../../support/resources.js';

const phrases = (sentence: string) => findOutcomes(sentence, resources.outcomeWords).map((o) => o.span.text);

describe('the outcomes one sentence names', () => {
  it.each([
    // documents, with their subject, one phrase per document
    [
      'The ministers signed a letter of intent on pilot training and a memorandum of understanding on coastal patrols.',
      ['letter of intent on pilot training', 'memorandum of understanding on coastal patrols'],
    ],
    [
      'Les deux ministres ont signé une lettre d’intention sur la formation des pilotes et un mémorandum d’entente sur les patrouilles côtières.',
      ['lettre d’intention sur la formation des pilotes', 'mémorandum d’entente sur les patrouilles côtières'],
    ],
    // a document's name before its word; documents joined without a new article are one phrase
    [
      'Both sides signed the Reciprocal Logistics Agreement at the castle.',
      ['Reciprocal Logistics Agreement at the castle'],
    ],
    ['Ils ont paraphé neuf accords et mémorandums d’entente.', ['neuf accords et mémorandums d’entente']],
    // decisions and commitments, cut at the end of their clause
    [
      'They agreed to open a consulate in Lyon, which officials called overdue.',
      ['agreed to open a consulate in Lyon'],
    ],
    [
      'Les deux pays ont convenu de relancer la ligne maritime entre leurs ports.',
      ['ont convenu de relancer la ligne maritime entre leurs ports'],
    ],
    // an adverb or a day inside the verb ("ont aussi décidé", "agreed Thursday to")
    [
      'Les deux ministres ont également décidé de relancer le comité mixte des pêches.',
      ['ont également décidé de relancer le comité mixte des pêches'],
    ],
    [
      'The envoys agreed Monday to reopen the rail crossing at Tumen.',
      ['agreed Monday to reopen the rail crossing at Tumen'],
    ],
    // a future or passive verb: its subject names what is decided
    [
      'Le dialogue sur la pêche sera relancé, tandis que la commission mixte des ports reprendra ses travaux à Brest.',
      ['Le dialogue sur la pêche sera relancé', 'la commission mixte des ports reprendra ses travaux à Brest'],
    ],
    // a future act promised, its subject first
    [
      'Le Portugal et le Maroc fourniront des vedettes aux garde-côtes de Tanger.',
      ['Le Portugal et le Maroc fourniront des vedettes aux garde-côtes de Tanger'],
    ],
    ['Oslo will now accept salmon exports from Chile.', ['Oslo will now accept salmon exports from Chile']],
    // a statement or framework is a document only as a name
    ['In a joint text they named the Tallinn Declaration.', ['Tallinn Declaration']],
    // a document signed there, told by an anaphora with its participle
    [
      'The documents signed at the ceremony covered fisheries and rail links.',
      ['documents signed at the ceremony covered fisheries and rail links'],
    ],
    // an amount given
    [
      'Washington announced $300 million in coastal radar funding.',
      ['announced $300 million in coastal radar funding'],
    ],
    // an agreement named late in a long sentence is kept whole
    [
      `${'The two delegations reviewed cooperation in trade, energy, agriculture, health, culture, tourism, science and education over a long morning session, '.repeat(2)}and then adopted a joint statement on river navigation.`,
      ['joint statement on river navigation'],
    ],
  ])('%s', (sentence, expected) => {
    expect(phrases(sentence)).toEqual(expected);
  });

  it.each([
    // praise, wishes and stances are not outcomes
    'Les deux parties ont salué le développement important de leurs relations.',
    'The two leaders stressed the importance of peace in the region.',
    'Les deux pays ont convenu de l’importance de la coopération régionale.',
    'They agreed on the importance of dialogue.',
    // a document only mentioned, or none made
    'Aucun accord n’a été signé à cette occasion.',
    'Les deux hommes sont d’accord sur la nécessité du dialogue.',
    'Ils ont convenu que la coopération maritime est un pilier de leur partenariat.',
    // a document made long before
    'Ils ont rappelé l’accord de pêche signé en 2009 entre les deux pays.',
    'Both invoked the Convention on Migratory Species of 1979.',
    // a document told before, a place named after a document word, a statement that is no name
    'The agreement cuts duties on most goods.',
    'The ministers met at the National Convention Centre in Vientiane.',
    'The ministry said in a statement on Friday that the talks went well.',
    // an effect judged, a thing described, a wish: no act promised
    'He said the upgrade would build trust between the two navies.',
    'The port, which will open in May, lies north of the city.',
    'Le ministre espère que le Japon continuera à soutenir la région.',
    // a decision verb telling a past fact
    'The forum was launched in 2015 by the two ministries.',
  ])('none in: %s', (sentence) => {
    expect(phrases(sentence)).toEqual([]);
  });
});

describe('the meeting an outcome belongs to', () => {
  const input = inputFrom(
    [
      'Le 3 mars, à Lisbonne, le ministre portugais des Affaires étrangères, Rui Tavares, s’est entretenu avec son homologue marocain Karim Bennani.',
      'Les deux ministres ont signé un mémorandum d’entente sur la pêche artisanale.',
      'Le soir, le Premier ministre portugais Luis Moreira a offert un dîner et reçu Karim Bennani.',
      'Les deux pays ont convenu d’ouvrir une ligne aérienne directe entre Porto et Agadir.',
    ].join('\n'),
    { id: 'pt-ma', language: 'fr' },
  );
  const { events, facts } = extract(input);

  it('goes to the talks, not to a reception told between', () => {
    const talks = events.find((e) => e.kind === 'talks');
    expect(talks?.outcomes).toEqual([
      'mémorandum d’entente sur la pêche artisanale',
      'ont convenu d’ouvrir une ligne aérienne directe entre Porto et Agadir',
    ]);
    for (const e of events) if (e !== talks) expect(e.outcomes).toEqual([]);
  });

  it('is backed by a fact quoting its whole sentence', () => {
    const outcomeFacts = facts.filter((f) => f.kind === 'outcome');
    expect(outcomeFacts.map((f) => f.text)).toEqual(events.flatMap((e) => e.outcomes));
    for (const f of outcomeFacts) {
      expect(input.body.slice(f.source.start, f.source.end)).toBe(f.quote);
      expect(f.quote).toContain(f.text);
      expect(input.sentences.some((s) => s.text === f.quote)).toBe(true);
    }
  });
});

describe('a signing ceremony held at a meeting', () => {
  const input = inputFrom(
    [
      'On March 3 in Lisbon, Portuguese Foreign Minister Rui Tavares held talks with his Moroccan counterpart Karim Bennani.',
      'The two ministers agreed to open a direct air route between Porto and Agadir.',
      'After the talks, Fisheries Minister Ana Costa and her Moroccan counterpart Youssef Alaoui signed a memorandum of understanding on artisanal fishing.',
    ].join('\n'),
    { id: 'pt-ma-sign', language: 'en' },
  );
  const { events } = extract(input);

  it('is its own event, part of the meeting, and holds the document signed', () => {
    const talks = events.find((e) => e.kind === 'talks');
    const signing = events.find((e) => e.kind === 'signing');
    expect(signing?.partOf).toBe(talks?.id);
    expect(talks?.partOf).toBeUndefined();
    expect(signing?.outcomes).toEqual(['memorandum of understanding on artisanal fishing']);
    expect(talks?.outcomes).toEqual(['agreed to open a direct air route between Porto and Agadir']);
  });
});

describe('an outcome told after a courtesy call', () => {
  const input = inputFrom(
    [
      'Le 29 novembre à Tokyo, le vice-ministre vietnamien de la Défense Nguyen Van Hai a rendu une visite de courtoisie à la ministre japonaise de la Défense Aiko Sato.',
      'Les deux parties se sont mis d’accord sur la promotion de la coopération en matière de sauvetage en mer.',
      'Le même jour, Nguyen Van Hai et le vice-ministre japonais Ken Mori ont coprésidé le 5e dialogue sur la politique de défense Vietnam-Japon.',
    ].join('\n'),
    { id: 'vn-jp-courtesy', language: 'fr' },
  );
  const { events } = extract(input);

  it('goes to the working meeting of that day told next, not to the call', () => {
    expect(events.map((e) => [e.kind, e.outcomes])).toEqual([
      ['reception', []],
      ['dialogue', ['se sont mis d’accord sur la promotion de la coopération en matière de sauvetage en mer']],
    ]);
  });
});

describe('an outcome in a sentence that also tells the past', () => {
  const input = inputFrom(
    [
      'Le 2 mars, le président portugais Rui Tavares et le roi du Maroc Karim Bennani se sont entretenus au téléphone.',
      'Ils évoquent les tensions accumulées depuis l’été dernier et annoncent la reprise de la coopération sécuritaire.',
      'L’an dernier, les deux pays avaient signé un accord sur la pêche artisanale.',
    ].join('\n'),
    { id: 'pt-ma-call', language: 'fr' },
  );
  const { events } = extract(input);

  it('keeps the decision of this meeting, not the document of last year', () => {
    expect(events.flatMap((e) => e.outcomes)).toEqual(['annoncent la reprise de la coopération sécuritaire']);
  });
});

describe('two calls told in one article', () => {
  const input = inputFrom(
    [
      'Le 14 août, le président portugais Rui Tavares s’est entretenu au téléphone avec le roi du Maroc Karim Bennani.',
      'Le 15 août, le Premier ministre portugais Luis Moreira a eu un entretien téléphonique avec le chef du gouvernement espagnol Pablo Ruiz.',
      'Karim Bennani a promis d’ouvrir une ligne aérienne directe entre Porto et Agadir.',
    ].join('\n'),
    { id: 'pt-calls', language: 'fr' },
  );
  const { events } = extract(input);

  it('gives an outcome to the call of the person its sentence names, not to the call told last', () => {
    const owner = events.find((e) => e.outcomes.length > 0);
    expect(owner?.participants.map((p) => p.name)).toEqual(['Rui Tavares', 'Karim Bennani']);
    expect(events.flatMap((e) => e.outcomes)).toHaveLength(1);
  });
});

describe('a figure or act of a year before the article', () => {
  const input = inputFrom(
    [
      'On March 3 in Lisbon, Portuguese Foreign Minister Rui Tavares held talks with his Moroccan counterpart Karim Bennani.',
      'Trade between the two countries reached 250 million euros in 2023.',
      'They agreed to lift the fishing curbs imposed in 2019.',
    ].join('\n'),
    { id: 'pt-ma-years', language: 'en', published: { iso: '2024-03-04', text: 'March 4, 2024', year: 'stated' } },
  );
  const { events } = extract(input);

  it('is a past fact, while an act about a thing of that year is not', () => {
    expect(events.flatMap((e) => e.outcomes)).toEqual(['agreed to lift the fishing curbs imposed in 2019']);
  });
});
