import { loadGeo } from '@kizuna/geo';
import { STOPWORDS } from '../text/stopwords.js';
import { loadCommonWords } from './common-words.js';
import { FamilyNamesFile, KindsFile, readDataFile, TitlesFile } from './data-files.js';
import { DICTIONARY_LANGUAGES, type Dictionary, loadDictionary } from './dictionary.js';
import { buildGazetteerIndex } from './gazetteer-index.js';
import { compileMeetingWords } from './meeting-words.js';
import { compileOutcomeWords, OutcomesFile } from './outcome-words.js';
import type { Resources } from './resources.js';
import { buildTitleIndex } from './title-index.js';

/**
 * Loads and validates every resource the pipeline reads (about a second on a warm disk): call it
 * once per process and pass the result to every run. Throws a ResourceError when a file is missing
 * or malformed.
 */
export async function loadResources(): Promise<Resources> {
  const [titles, family, kinds, outcomes, isCommonWord, dictionaries] = await Promise.all([
    readDataFile('titles.json', TitlesFile),
    readDataFile('family-names.json', FamilyNamesFile),
    readDataFile('kinds.json', KindsFile),
    readDataFile('outcomes.json', OutcomesFile),
    loadCommonWords(),
    Promise.all(DICTIONARY_LANGUAGES.map(async (l) => [l, await loadDictionary(l)] as const)),
  ]);
  const byLanguage = new Map<string, Dictionary | null>(dictionaries);
  return Object.freeze({
    dictionary: (language: string) => byLanguage.get(language) ?? null,
    isCommonWord,
    stopwords: STOPWORDS,
    titles: buildTitleIndex(titles),
    gazetteer: buildGazetteerIndex(loadGeo(), Object.values(family.familyNames).flat()),
    meetingWords: compileMeetingWords(kinds),
    outcomeWords: compileOutcomeWords(outcomes),
  });
}
