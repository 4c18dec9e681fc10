import { CodedError } from '../coded-error.js';

/** Why the query engine could not start or reload. */
export type EngineErrorCode = 'CORPUS_INVALID' | 'CORPUS_UNREADABLE';

/** The corpus could not be loaded; `cause` holds the model's error listing the bad files. */
export class EngineError extends CodedError<EngineErrorCode> {
  override readonly name = 'EngineError';
}
