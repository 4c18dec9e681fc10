export type DiscordFrontErrorCode = 'DUPLICATE_COMMAND' | 'UNKNOWN_COMMAND' | 'NO_HANDLER' | 'HANDLER_FAILED';

/** A failure in the Discord fronts (registry, dispatch). Handlers' own errors are the `cause`. */
export class DiscordFrontError extends Error {
  override readonly name = 'DiscordFrontError';
  readonly code: DiscordFrontErrorCode;
  constructor(code: DiscordFrontErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
