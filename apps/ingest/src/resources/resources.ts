import type { Dictionary } from './dictionary.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import type { MeetingWords } from './meeting-words.js';
import type { OutcomeWords } from './outcome-words.js';
import type { TitleIndex } from './title-index.js';

/**
 * What the stages read besides the draft: word lists, title and place data, the meeting lexicon.
 * Loaded once by `loadResources` and passed to every stage; nothing in it changes afterwards.
 */
export interface Resources {
  /** The repair dictionary of a language (word list ∪ Hunspell stems), or null when none is bundled. */
  dictionary(language: string): Dictionary | null;
  /** A French or English dictionary word, as written or without accents: a run of them is not a name. */
  isCommonWord(word: string): boolean;
  /** French and English function words, lower case. */
  stopwords: ReadonlySet<string>;
  /** Titles and courtesy titles (data/titles.json). */
  titles: TitleIndex;
  /** Countries, nationality adjectives, cities and family names (@kizuna/geo; family names from data/family-names.json). */
  gazetteer: GazetteerIndex;
  /** Meeting words and the phrases around them (data/kinds.json). */
  meetingWords: MeetingWords;
  /** What a meeting produced: documents, decisions, amounts (data/outcomes.json). */
  outcomeWords: OutcomeWords;
}
