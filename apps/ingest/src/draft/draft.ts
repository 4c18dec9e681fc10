import type {
  Article,
  ArticleSource,
  Dateline,
  DateRef,
  Event,
  Fact,
  PersonMention,
  Place,
  Removal,
  Repair,
  Sentence,
} from '@kizuna/model';
import type { DateMention } from '../text/date-mention.js';
import type { ArticleDates } from '../text/resolve-date.js';
import type { Block, ClassifiedBlock, Paragraph, ParagraphSpan } from './blocks.js';
import type { FrontMatterSplit } from './front-matter.js';
import type { DraftEvent } from './meetings.js';
import type { ArticlePerson, FoundPerson, PlaceMention, TriggerHit } from './mentions.js';

/**
 * Every field of the article in progress, grouped by the stage that sets it (pipeline/stages.ts
 * lists the stages in order). A stage reads the fields it `needs` and returns the ones it `adds`.
 */
export interface DraftFields {
  // what the caller gives
  bytes: Uint8Array;
  /** Path or name of the input file; the article records its base name. */
  file: string;
  /** ISO timestamp recorded as `source.ingestedAt`. */
  ingestedAt: string;
  // decode
  decoded: string;
  source: ArticleSource;
  /** Warnings about the file (encoding, front matter), kept on the article. */
  warnings: string[];
  // normalise
  text: string;
  /** A hash of the normalised text: the same article pasted with other spacing gets the same id. */
  id: string;
  // blocks
  frontMatter: FrontMatterSplit;
  blocks: Block[];
  // classify
  classified: ClassifiedBlock[];
  // clean
  removed: Removal[];
  paragraphs: Paragraph[];
  /** The lead and body paragraphs' text (the article's prose, unrepaired). */
  prose: string;
  /** The agency named by a sign-off that ended the article ("… – VNA"). */
  signOffAgency: string | null;
  // language
  language: string;
  // repair
  body: string;
  /** Where each paragraph stands in the body, in the order of `paragraphs`. */
  paragraphSpans: ParagraphSpan[];
  repairs: Repair[];
  // metadata
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: DateRef | null;
  dateline: Dateline | null;
  /** The paragraph the dateline opens and its length, left out of the first sentence. */
  datelineAt: { paragraph: number; length: number } | null;
  // sentences
  sentences: Sentence[];
  // places
  placesBySentence: PlaceMention[][];
  /** Where the article's meetings happen when their sentences do not say. */
  articlePlace: Place | null;
  // dates
  datesBySentence: DateMention[][];
  articleDates: ArticleDates;
  // triggers
  triggersBySentence: TriggerHit[][];
  // people
  /** Each sentence's people, in the order they are written. */
  peopleBySentence: FoundPerson[][];
  /** The article's people by key. */
  persons: ReadonlyMap<string, ArticlePerson>;
  /** The article's main person (for a meeting told with "il"/"he"), when named twice or more. */
  protagonist: FoundPerson | null;
  /** Every mention, as the article records it. */
  people: PersonMention[];
  // events (outcomes fills their outcomes)
  meetings: DraftEvent[];
  // facts
  events: Event[];
  facts: Fact[];
  /** Warnings of the extraction stages, dropped with their output when it is not valid. */
  extractionWarnings: string[];
  // validate
  article: Article;
}

export type DraftField = keyof DraftFields;

/** What a caller gives the pipeline: one file's bytes. */
export type PipelineInput = Pick<DraftFields, 'bytes' | 'file' | 'ingestedAt'>;

/** The article in progress: the fields set so far, and the last stage that ran (none before the first). */
export type Draft = Partial<DraftFields> & { stage?: string };
