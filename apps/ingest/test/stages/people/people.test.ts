import { personKey } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { sideAfter } from '../../../src/stages/people/person-country.js';
import { extract, inputFrom } from '../../support/extraction.js';
import { resources } from '../../support/resources.js';

// the word lists load once per worker; on a busy machine that outlasts one test's default timeout
const peopleOf = (sentence: string, language = 'fr') =>
  extract(inputFrom(sentence, { language })).people.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe('people and roles', () => {
  it.each([
    // title before the name, with a comma
    [
      'fr',
      'Le vice-ministre de la Défense, Kano Koji, a pris la parole.',
      'Kano Koji',
      'vice-ministre de la Défense',
      null,
    ],
    // name, then title in apposition
    [
      'fr',
      'Nguyen Minh Vu, vice-ministre des Affaires étrangères, a ouvert la séance.',
      'Nguyen Minh Vu',
      'vice-ministre des Affaires étrangères',
      'VN',
    ],
    ['fr', 'Le lieutenant-général Hoang Xuan Chien a pris la parole.', 'Hoang Xuan Chien', 'lieutenant-général', 'VN'],
    [
      'fr',
      'Il a félicité Kishida Fumio, président du PLD et Premier ministre japonais.',
      'Kishida Fumio',
      'président du PLD et Premier ministre japonais',
      'JP',
    ],
    [
      'fr',
      'La ministre japonaise de la Défense, Tomomi Inada, a reçu la délégation.',
      'Tomomi Inada',
      'ministre japonaise de la Défense',
      'JP',
    ],
    [
      'fr',
      "Le secrétaire d'État américain Antony Blinken était présent.",
      'Antony Blinken',
      "secrétaire d'État américain",
      'US',
    ],
    [
      'en',
      "Pham Minh Chinh, Vietnam's prime minister, spoke first.",
      'Pham Minh Chinh',
      "Vietnam's prime minister",
      'VN',
    ],
    [
      'en',
      'Kamikawa, the Japanese foreign minister, also called on him.',
      'Kamikawa',
      'Japanese foreign minister',
      'JP',
    ],
    ['en', 'He phoned Vietnamese Party chief To Lam on Friday.', 'To Lam', 'Vietnamese Party chief', 'VN'],
    // "à" links a title to its field; the verb "a" ends it
    [
      'fr',
      'Il a vu le secrétaire d’Etat japonais à la Défense Makoto Oniki.',
      'Makoto Oniki',
      'secrétaire d’Etat japonais à la Défense',
      'JP',
    ],
    [
      'fr',
      'Takuya Hirai, ministre délégué à la Transformation numérique, a parlé.',
      'Takuya Hirai',
      'ministre délégué à la Transformation numérique',
      null,
    ],
    [
      'en',
      'Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien attended.',
      'Hoang Xuan Chien',
      'Deputy Minister of National Defence Sen. Lt. Gen.',
      'VN',
    ],
    [
      'en',
      'Philippine President Ferdinand Marcos Jr. arrived in Hanoi.',
      'Ferdinand Marcos Jr.',
      'Philippine President',
      'PH',
    ],
    ['en', 'German Chancellor Olaf Scholz arrived on Sunday.', 'Olaf Scholz', 'German Chancellor', 'DE'],
    // an initial belongs to the name; "U.S." and the French "M." (Mr) do not
    [
      'en',
      'Indian External Affairs Minister S. Jaishankar met him in Hanoi.',
      'S. Jaishankar',
      'Indian External Affairs Minister',
      'IN',
    ],
    ['en', 'U.S. Defense Secretary Lloyd J. Austin arrived.', 'Lloyd J. Austin', 'Defense Secretary', 'US'],
    // an office beats a rank; a membership loses to both
    [
      'fr',
      'Le lieutenant-général Hoang Xuan Chien, membre du Comité central du Parti, membre de la Commission militaire centrale et vice-ministre de la Défense, est arrivé.',
      'Hoang Xuan Chien',
      'vice-ministre de la Défense',
      'VN',
    ],
    [
      'fr',
      'Le ministre vietnamien de la Défense nationale, le général Phan Van Giang, est arrivé.',
      'Phan Van Giang',
      'ministre vietnamien de la Défense nationale',
      'VN',
    ],
  ])('%s: %s', (language, sentence, name, role, country) => {
    const found = peopleOf(sentence, language).find((p) => p.name === name);
    expect(found).toEqual({ name, role, country });
  });

  it.each([
    ['fr', 'M. Kishida a reçu le ministre vietnamien de la Défense Phan Van Giang.', 'Kishida'],
    ['en', 'Defense Secretary Lloyd Austin met U.S. Ambassador Marc Knapper.', 'Marc Knapper'],
  ])('%s: an initial is not read into a name it does not belong to: %s', (language, sentence, name) => {
    const names = peopleOf(sentence, language).map((p) => p.name);
    expect(names.filter((n) => n.includes(name))).toEqual([name]);
  });

  // names that are not a run of capitalised words: particles, regnal numbers, initials without a
  // dot, family names in capitals
  it.each([
    ['en', 'Crown Prince Mohammed bin Salman welcomed the delegation.', 'Mohammed bin Salman'],
    ['en', 'Commission President Ursula von der Leyen joined them.', 'Ursula von der Leyen'],
    ['fr', 'Le président Luiz Inácio Lula da Silva a reçu la délégation.', 'Luiz Inácio Lula da Silva'],
    ['en', 'Energy Minister Saad al-Kaabi attended the talks.', 'Saad al-Kaabi'],
    ['fr', 'Le roi Mohammed VI a reçu le chef du gouvernement espagnol.', 'Mohammed VI'],
    ['en', 'External Affairs Minister S Jaishankar received the delegation.', 'S Jaishankar'],
    ['en', 'Defense Secretary Lloyd J Austin III arrived on Monday.', 'Lloyd J Austin III'],
    ['en', 'Foreign Minister HAYASHI Yoshimasa held talks in the capital.', 'Hayashi Yoshimasa'],
  ])('%s: reads a whole name: %s', (language, sentence, name) => {
    const people = extract(inputFrom(sentence, { language })).people;
    expect(people.map((p) => p.key)).toContain(personKey(name));
    expect(people.map((p) => p.name)).toContain(name);
  });

  it.each([
    ['en', 'A Japanese delegation met Foreign Minister Kamikawa Yoko.', 'Kamikawa Yoko'],
    ['en', 'The NATO Secretary General Mark Rutte spoke.', 'Mark Rutte'],
  ])('%s: a word in capitals or a lone letter is not a name: %s', (language, sentence, name) => {
    expect(peopleOf(sentence, language).map((p) => p.name)).toEqual([name]);
  });

  it('prefers a nationality read next to the name over a guess from a family name, on every mention', () => {
    const people = extract(
      inputFrom(
        "M. Le Drian a salué l'accueil.\nJean-Yves Le Drian, ministre français des Affaires étrangères, a signé l'accord.",
        { language: 'fr' },
      ),
    ).people;
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ['Jean-Yves Le Drian', 'FR'],
      ['Jean-Yves Le Drian', 'FR'],
    ]);
  });

  it('gives a person with no written nationality the side of the article no titled person stands for', () => {
    const people = extract(
      inputFrom(
        "Le ministre indien de la Défense Rajnath Singh a reçu la ministre des Affaires étrangères Penny Wong.\nL'Inde et l'Australie ont signé trois accords; l'Inde veut plus de blé australien.",
        { language: 'fr' },
      ),
    ).people;
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ['Rajnath Singh', 'IN'],
      ['Penny Wong', 'AU'],
    ]);
  });

  it('gives a plural title to both coordinated names, in the singular', () => {
    const people = peopleOf(
      'Les Premiers ministres Pham Minh Chinh (droite) et Kishida Fumio passent en revue la garde.',
    );
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Pham Minh Chinh', 'Premier ministre'],
      ['Kishida Fumio', 'Premier ministre'],
    ]);
  });

  it('reads the side of a delegation as the country of the people it names', () => {
    const people = peopleOf(
      'La délégation japonaise était coprésidée par le vice-ministre des Affaires étrangères, Namazu Hiroyuki, et le vice-ministre de la Défense, Kano Koji.',
    );
    expect(people.map((p) => [p.name, p.role, p.country])).toEqual([
      ['Namazu Hiroyuki', 'vice-ministre des Affaires étrangères', 'JP'],
      ['Kano Koji', 'vice-ministre de la Défense', 'JP'],
    ]);
  });

  it('keeps a counterpart with the office of the one they met', () => {
    const people = peopleOf(
      'Vietnamese Prime Minister Pham Minh Chinh met his New Zealand counterpart Christopher Luxon.',
      'en',
    );
    expect(people.find((p) => p.name === 'Christopher Luxon')).toEqual({
      name: 'Christopher Luxon',
      role: 'Prime Minister, New Zealand counterpart',
      country: 'NZ',
    });
  });

  it.each([
    ['fr', 'Le ministre des Affaires étrangères a salué les résultats.'],
    ['en', 'The Presidential Palace hosted a ceremony on the South China Sea.'],
    ['fr', 'Lors du dialogue, les deux parties ont salué les progrès.'],
    ['en', 'Minister of National Defence said the talks went well.'],
  ])('finds nobody in a sentence that names nobody (%s: %s)', (language, sentence) => {
    expect(peopleOf(sentence, language)).toEqual([]);
  });

  it('resolves a surname and a reversed name to the full name met in the article, with one key', () => {
    const out = extract(
      inputFrom(
        [
          'Le Premier ministre japonais Fumio Kishida est arrivé à Hanoï.',
          'Kishida a salué ses hôtes.',
          'Kishida Fumio a ensuite quitté la ville.',
          'Le président Hoàng Xuân Chiến a salué Kishida.',
          'Hoang Xuan Chien a parlé le dernier.',
        ].join('\n'),
      ),
    );
    const keys = out.people.map((p) => p.key);
    expect(new Set(keys)).toEqual(new Set([personKey('Fumio Kishida'), personKey('Hoang Xuan Chien')]));
    expect(personKey('HoàngXuân Chiên')).toBe(personKey('Hoang Xuan Chien'));
    expect(out.people.filter((p) => p.key === personKey('Kishida Fumio')).map((p) => p.quote)).toEqual([
      'Premier ministre japonais Fumio Kishida',
      'Kishida',
      'Kishida Fumio',
      'Kishida',
    ]);
  });

  it.each([
    // a family name alone is the office holder's, not the spouse's
    [
      [
        'President Joe Biden welcomed President William Ruto.',
        'The state dinner was hosted by Biden and first lady Jill Biden.',
      ],
      'Biden',
      'Joe Biden',
    ],
    // two office holders of one family name: nobody is guessed
    [['Minister Kim Yong-hyun met Minister Kim Sung-han.', 'Kim said the talks went well.'], 'Kim', null],
  ])('resolves a shared family name only to the one holding the highest office: %j', (lines, word, name) => {
    const out = extract(inputFrom(lines.join('\n'), { language: 'en' }));
    const last = lines.length - 1;
    const alone = out.people.filter((p) => p.quote === word && p.source.sentenceId.endsWith(`s${last + 1}`));
    expect(alone.map((p) => p.name)).toEqual(name ? [name] : []);
  });

  it.each([
    // a country named right before the title is the person's
    ['U.S. President Joe Biden met Kenyan President William Ruto.', 'Joe Biden', 'US'],
    ["China's Foreign Minister Wang Yi met Australian Foreign Minister Penny Wong.", 'Wang Yi', 'CN'],
    // the office already held there by someone else: no guess from the sentence's one country
    ['U.S. President Joe Biden handed visiting President William Ruto a prize.', 'William Ruto', null],
  ])('%s → %s is %s', (line, name, country) => {
    expect(peopleOf(line, 'en').find((p) => p.name === name)?.country ?? null).toBe(country);
  });

  it('names a person by title and nationality alone when one person fits', () => {
    const out = extract(
      inputFrom(
        [
          'Le ministre japonais de la Défense, Gen Nakatani, est arrivé vendredi à Hanoï.',
          'Le même jour, le ministre japonais a rendu une visite de courtoisie au Premier ministre Nguyen Tan Dung.',
        ].join('\n'),
      ),
    );
    const second = out.people.filter((p) => p.source.sentenceId === 'art-s2');
    expect(second.map((p) => [p.key, p.quote])).toEqual([
      [personKey('Gen Nakatani'), 'ministre japonais'],
      [personKey('Nguyen Tan Dung'), 'Premier ministre Nguyen Tan Dung'],
    ]);
  });

  it('takes untitled names in a sentence that tells a meeting, and only there', () => {
    expect(peopleOf('Shinzo Abe and Nguyen Xuan Phuc held talks in Hanoi on Monday.', 'en').map((p) => p.name)).toEqual(
      ['Shinzo Abe', 'Nguyen Xuan Phuc'],
    );
    expect(peopleOf('Shinzo Abe and Nguyen Xuan Phuc praised the partnership.', 'en')).toEqual([]);
  });

  it('resolves one word only to the first or last word of a known name', () => {
    const out = extract(
      inputFrom(
        [
          'Prime Minister Pham Minh Chinh met President Ferdinand Marcos Jr. in Hanoi.',
          'Chinh thanked Marcos.',
          'Marcos later visited the Ho Chi Minh Mausoleum.',
        ].join('\n'),
        { language: 'en' },
      ),
    );
    expect(out.people.map((p) => p.quote)).toEqual([
      'Prime Minister Pham Minh Chinh',
      'President Ferdinand Marcos Jr.',
      'Chinh',
      'Marcos',
      'Marcos',
    ]);
  });

  it('does not take the first word of a sentence into the title', () => {
    expect(peopleOf('Meeting Prime Minister Pham Minh Chinh, Abe praised the ties.', 'en')[0]).toEqual({
      name: 'Pham Minh Chinh',
      role: 'Prime Minister',
      country: 'VN',
    });
  });
});

describe('a counterpart holds the office of the person met, without that person’s nationality', () => {
  it.each([
    [
      'fr',
      "La ministre allemande des Affaires étrangères, Annalena Baerbock, s'est entretenue jeudi avec son homologue français Stéphane Séjourné.",
      'Stéphane Séjourné',
      'ministre des Affaires étrangères',
    ],
    [
      'fr',
      'Le ministre indien de la Défense, Rajnath Singh, a rencontré mardi son homologue australien Richard Marles.',
      'Richard Marles',
      'ministre de la Défense',
    ],
  ])('%s: %s', (language, sentence, name, role) => {
    expect(peopleOf(sentence, language).find((p) => p.name === name)?.role).toBe(role);
  });
});

describe('names made of dictionary words, read against how the article writes them', () => {
  const names = (text: string, language: string) => extract(inputFrom(text, { language })).people.map((p) => p.name);

  it.each([
    // "Macron" is a dictionary word (the accent), but the article writes it alone as a name
    [
      'fr',
      "Emmanuel Macron a reçu lundi à l'Élysée le président chinois Xi Jinping.\nMM. Macron et Xi ont parlé.",
      'Emmanuel Macron',
    ],
    // a given name that is a word ("penny") the article never writes in lower case
    ['en', 'Penny Wong, the Australian Foreign Minister, hosted her counterpart on Wednesday.', 'Penny Wong'],
    // a title and a comma before the name: dictionary words ("Florence", "parly") are a name there
    [
      'fr',
      "Jean-Yves Le Drian, ministre de l'Europe et des Affaires étrangères, et la ministre des Armées, Florence Parly, étaient présents.",
      'Florence Parly',
    ],
  ])('%s: %s', (language, text, name) => {
    expect(names(text, language)).toContain(name);
  });

  it.each([
    // a word at the start of a sentence that the article writes in lower case is the sentence's
    ['en', 'Meeting Fumio Kishida on Monday, the leaders held talks.\nThe meeting was long.', 'Meeting Fumio Kishida'],
    // a capital after "des" is a body's word ("ministre des Armées"), not a name
    ['fr', 'La ministre des Armées, Florence Parly, a parlé.\nLe budget des Armées augmente.', 'Armées'],
    // regions, bodies and place heads are never people (data/titles.json notNames)
    ['en', 'Sheikh Hasina and Eastern Europe held talks on Monday.', 'Eastern Europe'],
    ['en', 'The ministers met at Camp Aguinaldo and held talks on Monday.', 'Camp Aguinaldo'],
    ['en', 'Wang Yi, director of the Political Bureau, held talks on Monday.', 'Political Bureau'],
  ])('%s: not a person: %s', (language, text, notName) => {
    expect(names(text, language)).not.toContain(notName);
  });
});

describe('countries and names read across the article', () => {
  const people = (text: string, language: string) =>
    extract(inputFrom(text, { language })).people.map((p) => [p.name, p.role, p.country]);

  it('gives a person titled without nationality the one of "the first Indian prime minister" when no one else holds it', () => {
    const out = people(
      'Prime Minister Narendra Modi and French President Emmanuel Macron held talks in Paris on Friday.\nModi is the first Indian prime minister to receive it.',
      'en',
    );
    expect(out[0]).toEqual(['Narendra Modi', 'Prime Minister', 'IN']);
  });

  it('reads no country by office when two nationalities would fall on the same person', () => {
    const out = extract(
      inputFrom(
        'Le président Volodymyr Zelensky a reçu Emmanuel Macron lundi pour un entretien.\nLe président ukrainien a parlé.\nLe président français a répondu.',
        { language: 'fr' },
      ),
    ).people;
    expect(out.map((p) => p.quote)).not.toContain('président français');
    expect(out.map((p) => p.quote)).not.toContain('président ukrainien');
  });

  it('does not take the subject of the next clause for an apposition', () => {
    const out = people(
      "Interrogé sur la mort d'Alexeï Navalny, le président ukrainien a accusé le Kremlin.\nLe président ukrainien Volodymyr Zelensky est à Berlin.",
      'fr',
    );
    expect(out.find((p) => p[0] === 'Alexeï Navalny')).toBeUndefined();
  });

  it('keeps one person for spellings one letter apart', () => {
    const out = extract(
      inputFrom(
        "Le président ukrainien Volodymyr Zelensky est attendu samedi.\nVolodymyr Zelenskyy est arrivé à l'Élysée pour un entretien.",
        { language: 'fr' },
      ),
    ).people;
    expect(new Set(out.map((p) => p.key)).size).toBe(1);
  });
});

describe('the country of a delegation named after its people', () => {
  it('reads "sat on the Mexican side" for the people listed before it', () => {
    const out = extract(
      inputFrom(
        'Security Secretary Rosa Icela Rodríguez and Navy Secretary Admiral Rafael Ojeda sat on the Mexican side of the table.',
        { language: 'en' },
      ),
    ).people;
    expect(out.map((p) => [p.name, p.country])).toEqual([
      ['Rosa Icela Rodríguez', 'MX'],
      ['Rafael Ojeda', 'MX'],
    ]);
  });

  it.each([
    [' sat on the Japanese side and Y on the Vietnamese side.', null],
    [' sat on the Japanese side of the table.', 'JP'],
    [', du côté japonais, a pris la parole.', 'JP'],
    [' received the Japanese delegation.', null],
  ])('reads the one side named after the people: "%s"', (after, country) => {
    expect(sideAfter(after, resources)).toBe(country);
  });
});

describe('one plural title over a list of names', () => {
  it('gives "his counterparts" to every name of the list, each with the country after it', () => {
    const out = extract(
      inputFrom(
        'Guido Crosetto, the Italian Defence Minister, chaired the talks with his counterparts Lloyd Austin of the United States, John Healey of Britain and Bill Blair of Canada.',
        { language: 'en' },
      ),
    ).people;
    expect(out.slice(1).map((p) => [p.name, p.role, p.country])).toEqual([
      ['Lloyd Austin', 'Defence Minister, counterpart', 'US'],
      ['John Healey', 'Defence Minister, counterpart', 'GB'],
      ['Bill Blair', 'Defence Minister, counterpart', 'CA'],
    ]);
  });
});

describe('initials before a family name in capitals', () => {
  it.each([
    ['On 27 July, Mr. Antony J. BLINKEN, Secretary of State, met him in Vientiane.', 'Antony J. Blinken'],
    ['Among them was H.E. Ms. Retno L.P. MARSUDI, Minister for Foreign Affairs, in Vientiane.', 'Retno L.P. Marsudi'],
  ])('%s', (sentence, name) => {
    expect(extract(inputFrom(sentence, { language: 'en' })).people.map((p) => p.name)).toContain(name);
  });
});

describe('a plural courtesy title', () => {
  it('covers both names of "MM. Trudeau et Macron"', () => {
    const out = extract(inputFrom('MM. Trudeau et Macron se sont vus à Ottawa.', { language: 'fr' })).people;
    expect(out.map((p) => p.name)).toEqual(['Trudeau', 'Macron']);
  });
});

describe('an apposition whose title has capitalised complements', () => {
  it('keeps "Minister of Foreign Affairs" as the role, not a name of its own', () => {
    const out = extract(
      inputFrom('Mr. Wang Yi, Minister of Foreign Affairs, held a meeting in Vientiane.', { language: 'en' }),
    ).people;
    expect(out.map((p) => [p.name, p.role])).toEqual([['Wang Yi', 'Minister of Foreign Affairs']]);
  });
});

describe('the host country is not a visitor’s', () => {
  it('gives a head of government on a visit the other side, not the place of the meeting', () => {
    const out = extract(
      inputFrom(
        'Prime Minister Narendra Modi, on a state visit, held talks with President Emmanuel Macron on Friday.\nFrench President Emmanuel Macron praised India.\nIndia and France signed a roadmap; India will buy jets.',
        { language: 'en', datelinePlace: 'Paris' },
      ),
    ).people;
    expect(out.find((p) => p.name === 'Narendra Modi')?.country).toBe('IN');
  });
});
