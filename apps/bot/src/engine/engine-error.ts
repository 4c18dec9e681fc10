/** Why the query engine could not start or reload. */
export type EngineErrorCode = 'CORPUS_INVALID' | 'CORPUS_UNREADABLE';

/** The corpus could not be loaded; `cause` holds the model's error listing the bad files. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly code: EngineErrorCode;

  constructor(code: EngineErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
