/** Why a file or value does not fit the model. */
export type ModelErrorCode = 'INVALID_ARTICLE' | 'INVALID_CORPUS' | 'UNREADABLE_FILE';

/** A value or file that does not fit the model; the message names the file and the field. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  readonly code: ModelErrorCode;
  readonly file: string | undefined;
  /** For `INVALID_CORPUS`: every bad file and what is wrong with it. */
  readonly failures: readonly { file: string; message: string }[];

  constructor(
    code: ModelErrorCode,
    message: string,
    options: { file?: string; cause?: unknown; failures?: { file: string; message: string }[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
    this.failures = options.failures ?? [];
  }
}
