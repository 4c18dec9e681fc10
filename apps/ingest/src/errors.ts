/** Why a file could not become an article, or why a run could not proceed. */
export type IngestErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'NO_ARTICLE_TEXT'
  | 'NOT_NEWS'
  | 'INVALID_ARTICLE'
  | 'NOT_REGULAR'
  | 'UNREADABLE'
  | 'GONE'
  | 'UNWRITABLE'
  | 'LOCKED'
  | 'BAD_USAGE';

/** A typed ingest failure; `message` is plain words a user can act on. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Codes that mean "this input file is bad" (it goes to rejected/), as opposed to a failed run. */
export const rejectionCodes: ReadonlySet<IngestErrorCode> = new Set([
  'EMPTY',
  'BINARY',
  'TOO_LARGE',
  'NO_ARTICLE_TEXT',
  'NOT_NEWS',
  'INVALID_ARTICLE',
  'NOT_REGULAR',
]);
