import { CodedError } from '../coded-error.js';

export type DispatchErrorCode = 'DUPLICATE_COMMAND' | 'UNKNOWN_COMMAND' | 'NO_HANDLER' | 'HANDLER_FAILED';

/** A failure to run a command (registry, dispatch). Handlers' own errors are the `cause`. */
export class DispatchError extends CodedError<DispatchErrorCode> {
  override readonly name = 'DispatchError';
}
