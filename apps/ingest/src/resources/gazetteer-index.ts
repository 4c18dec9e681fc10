import { type Geo, type GeoPhrase, isCityMention } from '@kizuna/geo';
import { foldKeepLength } from '../text/fold.js';
import { copyEach, memo } from '../text/memo.js';
import { phraseMatcher } from '../text/phrase-trie.js';
import type { Span } from '../text/span.js';

export interface PlaceHit extends Span {
  type: 'country' | 'adjective' | 'city';
  country: string;
  /** The city's usual English name, or the country's form as written: one city's French and English names give one canonical. */
  canonical: string;
  /** A city named as part of a building's name ("the Ho Chi Minh Mausoleum", "Bogor Palace"): not where things happen unless said so. */
  inName?: true;
}

/** Finds countries, nationality adjectives and cities in a text, from @kizuna/geo. */
export interface GazetteerIndex {
  find(text: string): PlaceHit[];
  /** Country code of a country name or nationality adjective ("japonaise" → JP), or null. */
  countryOf(word: string): string | null;
  /** The city a dateline names ("HANOI", "Hô Chi Minh-Ville"), the one news most likely means; null if none. */
  cityOf(name: string): { canonical: string; country: string } | null;
  isVietnameseFamilyName(word: string): boolean;
  /** Every folded word of every place name that is never a person's name, to tell a name from a place. */
  words: ReadonlySet<string>;
}

interface Entry {
  type: PlaceHit['type'];
  country: string;
  canonical: string;
  phrase: GeoPhrase;
}

// a country before a demonym before a city: "Singapore", "Luxembourg" read as the country
const ORDER: Record<GeoPhrase['kind'], number> = { country: 0, demonym: 1, city: 2 };

function toEntry(p: GeoPhrase): Entry {
  const type = p.kind === 'demonym' ? 'adjective' : p.kind;
  return { type, country: p.code, canonical: p.city?.name ?? p.text, phrase: p };
}

// a building named after its city: the name is the city's, though a capitalised word follows it
const BUILDING_AFTER =
  /^[ \t]+(?:Palace|Hall|House|Building|Cent(?:er|re)|Hotel|Convention|Conference|International|Stadium|Office|Residence|Mausoleum|Museum|Airport|Square|Castle)\b/u;

function writtenAsRequired(written: string, p: GeoPhrase): boolean {
  if (p.letterCase === 'any') return true;
  const first = written.charAt(0);
  if (p.letterCase === 'capital') return first !== first.toLowerCase();
  return written === written.toUpperCase();
}

function indexPhrases(phrases: readonly GeoPhrase[]): Map<string, Entry[]> {
  const entries = new Map<string, Entry[]>();
  for (const p of phrases) {
    const k = foldKeepLength(p.text).replace(/\s+/g, ' ');
    const list = entries.get(k);
    if (list) list.push(toEntry(p));
    else entries.set(k, [toEntry(p)]);
  }
  for (const list of entries.values()) list.sort((a, b) => ORDER[a.phrase.kind] - ORDER[b.phrase.kind]);
  return entries;
}

export function buildGazetteerIndex(geo: Geo, familyNames: readonly string[]): GazetteerIndex {
  const entries = indexPhrases(geo.phrases());
  const matcher = phraseMatcher([...entries.keys()]);
  // `context` names are people's names too ("Van", "Vinh", "Austin"), and so are big cities that
  // are no capital ("Kano Koji"): only free countries, demonyms and capitals mark a place
  const marksPlace = (p: GeoPhrase) => p.guard === 'free' && (p.kind !== 'city' || p.city?.capital === true);
  const words = new Set(
    [...entries.entries()]
      .filter(([, list]) => list.some((e) => marksPlace(e.phrase)))
      .flatMap(([k]) => k.split(/[^\p{L}]+/u))
      .filter(Boolean),
  );
  const family = new Set(familyNames.map(foldKeepLength));
  const pick = (text: string, s: Span, list: readonly Entry[]): PlaceHit | undefined => {
    for (const e of list) {
      if (!writtenAsRequired(s.text, e.phrase)) continue;
      const hit = { ...s, type: e.type, country: e.country, canonical: e.canonical };
      if (e.type !== 'city' || isCityMention(text, s.start, s.end, e.phrase.guard)) return hit;
      if (BUILDING_AFTER.test(text.slice(s.end, s.end + 20))) return { ...hit, inName: true };
    }
    return undefined;
  };
  return {
    find: memo(
      (text: string) =>
        matcher.find(text, foldKeepLength(text)).flatMap(({ phrase, ...s }) => {
          const hit = pick(text, s, entries.get(phrase) ?? []);
          return hit ? [hit] : [];
        }),
      512,
      copyEach,
    ),
    countryOf(word) {
      // "us", "to", "it" are words, not the ISO codes they spell
      const byName = word.length <= 3 && word !== word.toUpperCase() ? null : geo.countryByName(word);
      return byName ?? geo.countryByDemonym(word);
    },
    cityOf(name) {
      const city = geo.cityByName(name)[0];
      return city ? { canonical: city.name, country: city.country } : null;
    },
    isVietnameseFamilyName: (word) => family.has(foldKeepLength(word)),
    words,
  };
}
