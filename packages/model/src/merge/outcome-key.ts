import { fold } from './folding.js';

/** What an outcome is, read the same in English and French: its document type, subject words, numbers. */
export interface OutcomeKey {
  type: string | null;
  words: Set<string>;
  numbers: Set<string>;
  acronyms: Set<string>;
}

// document types, longest first so "memorandum of understanding" is not read as "understanding"
const TYPES: [RegExp, string][] = [
  [/\b(?:memorand(?:um|a|ums)(?: of understanding| d'entente| de cooperation)?|mous?|protocoles? d'entente)\b/g, 'mou'],
  [/\b(?:letters? of intent|lettres? d'intention)\b/g, 'letter-of-intent'],
  [
    /\b(?:joint (?:statement|declaration|communique)s?|declarations? (?:conjointes?|communes?)|communiques? conjoints?)\b/g,
    'joint-statement',
  ],
  [/\b(?:action plans?|plans? d'action)\b/g, 'action-plan'],
  [/\b(?:road ?maps?|feuilles? de route)\b/g, 'roadmap'],
  [/\b(?:treat(?:y|ies)|traites?)\b/g, 'treaty'],
  [/\b(?:contracts?|contrats?)\b/g, 'contract'],
  [/\b(?:agreements?|accords?|deals?)\b/g, 'agreement'],
  [/\b(?:declarations?)\b/g, 'declaration'],
];

// the same subject in either language: French word → English word (folded)
const TERMS: Record<string, string> = {
  defense: 'defence',
  securite: 'security',
  economique: 'economic',
  commerce: 'trade',
  commercial: 'trade',
  energie: 'energy',
  nucleaire: 'nuclear',
  acces: 'access',
  reciproque: 'reciprocal',
  partenariat: 'partnership',
  strategique: 'strategic',
  investissement: 'investment',
  peche: 'fisheries',
  fishing: 'fisheries',
  cooperation: 'cooperation',
  maritime: 'maritime',
  spatial: 'space',
  espace: 'space',
  sante: 'health',
  education: 'education',
  culture: 'culture',
  culturelle: 'culture',
  cultural: 'culture',
  transport: 'transport',
  agriculture: 'agriculture',
  agricole: 'agriculture',
  numerique: 'digital',
  environnement: 'environment',
  climat: 'climate',
  migration: 'migration',
  migratoire: 'migration',
  libre: 'free',
  echange: 'trade',
  amitie: 'friendship',
  recherche: 'research',
  technologie: 'technology',
  industrie: 'industry',
  formation: 'training',
  equipement: 'equipment',
  transfert: 'transfer',
  militaire: 'military',
  hydrogene: 'hydrogen',
  minerais: 'minerals',
  critiques: 'critical',
  critique: 'critical',
};

const STOP = new Set(
  'the a an of on in for and or to with between by at its their this that two three both new de du des la le les l d sur en et ou entre un une deux trois avec par au aux pour dans sa son ses leur leurs ce cette signed signe signes signee signees adopted adopte issued countries pays sides parties'.split(
    ' ',
  ),
);

const stem = (w: string) => (w.length > 4 ? w.replace(/(?:es|s)$/u, '') : w);

/** The key of an outcome's text. */
export function outcomeKey(text: string): OutcomeKey {
  let rest = fold(text).replace(/[’`]/g, "'");
  let type: string | null = null;
  for (const [re, name] of TYPES) {
    const next = rest.replace(re, ' ');
    if (next !== rest && type === null) type = name;
    rest = next;
  }
  const words = new Set<string>();
  for (const raw of rest.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || STOP.has(raw) || /^\d/u.test(raw)) continue;
    words.add(stem(TERMS[raw] ?? raw));
  }
  const numbers = new Set(
    fold(text)
      .match(/\d[\d.,]*/gu)
      ?.map((n) => n.replace(/[.,]/g, '')) ?? [],
  );
  const acronyms = new Set(text.match(/\b\p{Lu}{3,}\b/gu) ?? []);
  return { type, words, numbers, acronyms };
}

const overlap = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
};

/**
 * Whether two outcomes are the same one: the same document type with a shared acronym or most
 * subject words shared; for a decision, most words shared. Different numbers (an amount, a date)
 * keep both: a disagreement is shown, not hidden.
 */
export function sameOutcome(a: OutcomeKey, b: OutcomeKey): boolean {
  if (a.numbers.size && b.numbers.size && [...a.numbers].some((n) => !b.numbers.has(n))) return false;
  if (a.type !== b.type) return false;
  if ([...a.acronyms].some((x) => b.acronyms.has(x))) return true;
  if (a.words.size === 0 || b.words.size === 0) return a.type !== null && a.words.size === b.words.size;
  return overlap(a.words, b.words) >= (a.type ? 0.5 : 0.7);
}
