export type DispatchErrorCode = 'DUPLICATE_COMMAND' | 'UNKNOWN_COMMAND' | 'NO_HANDLER' | 'HANDLER_FAILED';

/** A failure to run a command (registry, dispatch). Handlers' own errors are the `cause`. */
export class DispatchError extends Error {
  override readonly name = 'DispatchError';
  readonly code: DispatchErrorCode;
  constructor(code: DispatchErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
