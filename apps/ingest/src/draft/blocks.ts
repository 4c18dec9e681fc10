/** One non-empty line of the pasted text (the blocks stage). */
export interface Block {
  text: string;
  /** Position among the blocks. */
  index: number;
  /** Whether a blank line comes before it (paragraph break) rather than a single line break. */
  blankBefore: boolean;
}

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

/** A block and what it is (the classify stage). */
export interface ClassifiedBlock extends Block {
  kind: BlockKind;
  /** Why, in plain words (recorded on the article for what is removed). */
  reason: string;
}

/** Kinds kept in the body; a caption of the article's own picture is kept without its credit. */
export const ARTICLE_KINDS: ReadonlySet<BlockKind> = new Set(['lead', 'body', 'heading', 'caption']);

/** A paragraph of the article text, before repair (the clean stage). */
export interface Paragraph {
  text: string;
  kind: 'lead' | 'body' | 'heading' | 'caption';
}

/** Where a paragraph stands in the body (the repair stage joins them). */
export interface ParagraphSpan {
  start: number;
  end: number;
}
