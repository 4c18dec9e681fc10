import type { Block } from './segment.js';

/** What a block of the pasted text is. Only title, lead, body and heading belong to the article text. */
export type BlockKind =
  | 'title'
  | 'lead'
  | 'body'
  | 'heading'
  | 'caption'
  | 'related-link'
  | 'marker'
  | 'teaser'
  | 'comments'
  | 'navigation'
  | 'empty-widget'
  | 'source-line'
  | 'publisher-line'
  | 'date-line'
  | 'byline'
  | 'repeated';

export interface ClassifiedBlock extends Block {
  kind: BlockKind;
  /** Why, in plain words (recorded on the article for what is removed). */
  reason: string;
}

/** Kinds kept in the body; a caption of the article's own picture is kept without its credit. */
export const ARTICLE_KINDS: ReadonlySet<BlockKind> = new Set(['lead', 'body', 'heading', 'caption']);
