/** Why extraction could not run: its lexicons are missing or malformed. */
export class ExtractError extends Error {
  readonly code: 'lexicon_unreadable' | 'lexicon_invalid';
  constructor(code: ExtractError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExtractError';
    this.code = code;
  }
}
