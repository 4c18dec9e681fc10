import { foldText } from '@kizuna/model';

// Names and demonyms Intl.DisplayNames does not give (adjectives, usual spellings such as
// "Vietnam" where ICU says "Viêt Nam"), for the countries these articles usually involve.
const EXTRA: Record<string, { fr?: string; en?: string; words: string }> = {
  VN: { fr: 'Vietnam', en: 'Vietnam', words: 'viet nam|vietnamien|vietnamienne|vietnamiens|vietnamese|vietnamo' },
  JP: { words: 'japonais|japonaise|japonaises|japanese|nippon|nippone|nippo' },
  CN: { words: 'chinois|chinoise|chinese|sino' },
  US: { fr: 'États-Unis', words: 'usa|etats-unis|americain|americaine|american|us' },
  KR: { fr: 'Corée du Sud', en: 'South Korea', words: 'sud-coreen|sud-coreenne|korean|coree du sud|south korea' },
  KP: { words: 'nord-coreen|nord-coreenne|north korean|north korea|coree du nord' },
  IN: { words: 'indien|indienne|indian' },
  PH: { words: 'philippin|philippine|filipino|philippines' },
  FR: { words: 'francais|francaise|french' },
  DE: { words: 'allemand|allemande|german' },
  GB: { words: 'britannique|british|uk|royaume-uni' },
  AU: { words: 'australien|australienne|australian' },
  NZ: { words: 'neo-zelandais|neo-zelandaise|new zealander|new zealand' },
  RU: { words: 'russe|russian' },
  TH: { words: 'thailandais|thailandaise|thai' },
  LA: { words: 'laotien|laotienne|lao|laotian' },
  KH: { words: 'cambodgien|cambodgienne|cambodian' },
  ID: { words: 'indonesien|indonesienne|indonesian' },
  MY: { words: 'malaisien|malaisienne|malaysian' },
  SG: { words: 'singapourien|singapourienne|singaporean' },
  MM: { words: 'birman|birmane|myanmar' },
  CA: { words: 'canadien|canadienne|canadian' },
  IT: { words: 'italien|italienne|italian' },
  ES: { words: 'espagnol|espagnole|spanish' },
};

const displayNames = {
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
};

/** The languages the engine reads and names countries in. */
export type Language = 'fr' | 'en';

/** A country's name in a language ("JP" → "Japon" / "Japan"). */
export function countryName(code: string, language: Language): string {
  const extra = EXTRA[code]?.[language];
  if (extra) return extra;
  try {
    return displayNames[language].of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every word a text may use for the country: names in both languages, usual spellings, demonyms. */
const wordsCache = new Map<string, string[]>();
export function countryWords(code: string): string[] {
  const cached = wordsCache.get(code);
  if (cached) return cached;
  const words = [countryName(code, 'fr'), countryName(code, 'en'), code];
  const extra = EXTRA[code];
  if (extra) words.push(...extra.words.split('|'));
  wordsCache.set(code, words);
  return words;
}

const squash = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]/gu, '');

/** The ISO code a typed country stands for ("Japon", "japan", "JP", "japonais"), among the given codes. */
export function resolveCountry(typed: string, codes: Iterable<string>): string | null {
  const want = squash(typed);
  if (!want) return null;
  for (const code of codes) {
    if (countryWords(code).some((w) => squash(w) === want)) return code;
  }
  return null;
}
