// Realistic lists the generator draws from: countries, their capitals and cities, office holders,
// publishers and meeting formats, in French and English. None of it is read by the extractor.

export type Language = 'fr' | 'en';
export type Localised = Readonly<Record<Language, string>>;

export interface Country {
  code: string;
  name: Localised;
  /** Adjective as used after a title ("ministre japonais de la Défense"). */
  adjective: Localised;
  cities: readonly string[];
  /** People's names, written the way the country's press writes them. */
  people: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'VN',
    name: { fr: 'Vietnam', en: 'Vietnam' },
    adjective: { fr: 'vietnamien', en: 'Vietnamese' },
    cities: ['Hanoï', 'Hô Chi Minh-Ville', 'Da Nang', 'Hai Phong', 'Nha Trang', 'Cam Ranh', 'Ha Long'],
    people: [
      'Phan Van Giang',
      'Hoang Xuan Chien',
      'Nguyen Chi Vinh',
      'Bui Thanh Son',
      'Pham Minh Chinh',
      'Tran Luu Quang',
      'Nguyen Minh Vu',
      'Le Hoai Trung',
      'Do Hung Viet',
      'Nguyen Tan Cuong',
      'Vo Thi Anh Xuan',
      'Luong Tam Quang',
    ],
  },
  {
    code: 'JP',
    name: { fr: 'Japon', en: 'Japan' },
    adjective: { fr: 'japonais', en: 'Japanese' },
    cities: ['Tokyo', 'Osaka', 'Kyoto', 'Yokohama', 'Fukuoka', 'Hiroshima'],
    people: [
      'Kishida Fumio',
      'Nakatani Gen',
      'Kihara Minoru',
      'Iwaya Takeshi',
      'Hayashi Yoshimasa',
      'Kamikawa Yoko',
      'Oniki Makoto',
      'Masuda Kazuo',
      'Hamada Yasukazu',
      'Ishiba Shigeru',
    ],
  },
  {
    code: 'FR',
    name: { fr: 'France', en: 'France' },
    adjective: { fr: 'français', en: 'French' },
    cities: ['Paris', 'Toulon', 'Brest', 'Marseille'],
    people: ['Sébastien Lecornu', 'Jean-Noël Barrot', 'Catherine Vautrin', 'Olivier Brochet', 'Patricia Mirallès'],
  },
  {
    code: 'IN',
    name: { fr: 'Inde', en: 'India' },
    adjective: { fr: 'indien', en: 'Indian' },
    cities: ['New Delhi', 'Mumbai', 'Chennai'],
    people: ['Rajnath Singh', 'Subrahmanyam Jaishankar', 'Giridhar Aramane', 'Rajesh Kumar Singh'],
  },
  {
    code: 'AU',
    name: { fr: 'Australie', en: 'Australia' },
    adjective: { fr: 'australien', en: 'Australian' },
    cities: ['Canberra', 'Sydney', 'Darwin', 'Melbourne'],
    people: ['Richard Marles', 'Penny Wong', 'Pat Conroy', 'Anthony Albanese'],
  },
  {
    code: 'KR',
    name: { fr: 'Corée du Sud', en: 'South Korea' },
    adjective: { fr: 'sud-coréen', en: 'South Korean' },
    cities: ['Séoul', 'Busan', 'Incheon'],
    people: ['Shin Won-sik', 'Cho Tae-yul', 'Kim Seon-ho', 'Park Jin'],
  },
  {
    code: 'US',
    name: { fr: 'États-Unis', en: 'United States' },
    adjective: { fr: 'américain', en: 'American' },
    cities: ['Washington', 'Honolulu', 'San Francisco'],
    people: ['Lloyd Austin', 'Antony Blinken', 'Kurt Campbell', 'Marc Knapper'],
  },
  {
    code: 'PH',
    name: { fr: 'Philippines', en: 'Philippines' },
    adjective: { fr: 'philippin', en: 'Philippine' },
    cities: ['Manille', 'Cebu'],
    people: ['Gilberto Teodoro', 'Enrique Manalo', 'Ferdinand Marcos'],
  },
];

export interface Role {
  /** How a title reads before a name, with `{adj}` for the country adjective. */
  title: Localised;
}

export const ROLES: readonly Role[] = [
  { title: { fr: 'ministre {adj} de la Défense', en: '{adj} Defence Minister' } },
  { title: { fr: 'ministre {adj} des Affaires étrangères', en: '{adj} Foreign Minister' } },
  { title: { fr: 'vice-ministre {adj} de la Défense', en: '{adj} Deputy Defence Minister' } },
  { title: { fr: 'Premier ministre {adj}', en: '{adj} Prime Minister' } },
  { title: { fr: 'ambassadeur {adj}', en: '{adj} Ambassador' } },
  { title: { fr: "chef d'état-major {adj}", en: '{adj} Chief of Staff' } },
  { title: { fr: 'vice-ministre {adj} des Affaires étrangères', en: '{adj} Deputy Foreign Minister' } },
];

export interface Format {
  kind: 'dialogue' | 'talks' | 'phone_call' | 'meeting' | 'summit' | 'ministerial_meeting';
  /** The meeting's name, `{a}` and `{b}` being the two countries. */
  name: Localised;
  /** How the body says it happened (after the people and before the place). */
  verb: Localised;
  alias?: string;
  ordinal?: boolean;
}

export const FORMATS: readonly Format[] = [
  {
    kind: 'dialogue',
    name: { fr: 'Dialogue sur la politique de défense {a}-{b}', en: '{a}-{b} Defence Policy Dialogue' },
    verb: {
      fr: 'ont coprésidé le {ord}Dialogue sur la politique de défense',
      en: 'co-chaired the {ord}Defence Policy Dialogue',
    },
    ordinal: true,
  },
  {
    kind: 'dialogue',
    name: { fr: 'Dialogue 2+2 {a}-{b}', en: '{a}-{b} 2+2 dialogue' },
    verb: {
      fr: 'ont tenu le {ord}dialogue 2+2 des ministres de la Défense et des Affaires étrangères',
      en: 'held the {ord}2+2 dialogue of defence and foreign ministers',
    },
    alias: '2+2',
    ordinal: true,
  },
  {
    kind: 'talks',
    name: { fr: 'Entretiens {a}-{b}', en: '{a}-{b} talks' },
    verb: { fr: 'ont eu des entretiens', en: 'held talks' },
  },
  {
    kind: 'phone_call',
    name: { fr: 'Entretien téléphonique {a}-{b}', en: '{a}-{b} phone call' },
    verb: { fr: 'ont eu un entretien téléphonique', en: 'held a phone call' },
  },
  {
    kind: 'meeting',
    name: { fr: 'Rencontre {a}-{b}', en: '{a}-{b} meeting' },
    verb: { fr: 'se sont rencontrés', en: 'met' },
  },
  {
    kind: 'ministerial_meeting',
    name: { fr: 'Réunion des ministres de la Défense {a}-{b}', en: '{a}-{b} defence ministers’ meeting' },
    verb: {
      fr: 'ont participé à la réunion des ministres de la Défense',
      en: 'attended the defence ministers’ meeting',
    },
  },
];

export interface Publisher {
  name: string;
  language: Language;
  /** Whether the page copy glues the publisher to the date ("VnExpressVnExpress28/11/2023"). */
  glued: boolean;
  agency: string | null;
  domain: string;
}

export const PUBLISHERS: readonly Publisher[] = [
  { name: 'Le Courrier du Mékong', language: 'fr', glued: false, agency: 'VNA', domain: 'courrier-mekong.example' },
  { name: 'Asie Hebdo', language: 'fr', glued: true, agency: null, domain: 'asiehebdo.example' },
  { name: 'Sentinelle Asie', language: 'fr', glued: false, agency: 'AFP', domain: 'sentinelle-asie.example' },
  { name: 'Horizons Indo-Pacifique', language: 'fr', glued: false, agency: null, domain: 'horizons-ip.example' },
  { name: 'Pacific Rim Dispatch', language: 'en', glued: false, agency: 'Reuters', domain: 'pacificrim.example' },
  { name: 'The Lotus Courier', language: 'en', glued: true, agency: null, domain: 'lotuscourier.example' },
  { name: 'Southeast Asia Monitor', language: 'en', glued: false, agency: 'Kyodo', domain: 'seamonitor.example' },
  { name: 'Harbour Times', language: 'en', glued: false, agency: null, domain: 'harbourtimes.example' },
];

export const TOPICS: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'la sécurité maritime',
    'le maintien de la paix des Nations unies',
    "l'industrie de défense",
    'la formation des officiers',
    'la cybersécurité',
    'la médecine militaire',
    'le déminage',
    'la recherche et le sauvetage en mer',
    'la lutte contre les catastrophes naturelles',
    "le transfert d'équipements et de technologies de défense",
  ],
  en: [
    'maritime security',
    'United Nations peacekeeping',
    'the defence industry',
    'officer training',
    'cybersecurity',
    'military medicine',
    'mine clearance',
    'search and rescue at sea',
    'disaster relief',
    'the transfer of defence equipment and technology',
  ],
};

export const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
