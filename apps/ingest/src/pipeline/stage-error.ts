/** Why the pipeline could not run a stage (a fault of the pipeline, not of the input file). */
export type StageErrorCode = 'STAGE_FAILED' | 'MISSING_INPUT' | 'STAGE_ORDER' | 'UNKNOWN_STAGE';

/** A pipeline failure, naming the stage it happened in; the original error is its cause. */
export class StageError extends Error {
  override readonly name = 'StageError';
  readonly code: StageErrorCode;
  readonly stage: string;

  constructor(code: StageErrorCode, stage: string, message: string, options?: { cause?: unknown }) {
    super(`stage "${stage}": ${message}`, options);
    this.code = code;
    this.stage = stage;
  }
}
