/** Why the pipeline's resources could not be loaded: a data file or word list is missing or malformed. */
export class ResourceError extends Error {
  override readonly name = 'ResourceError';
  readonly code: 'RESOURCE_UNREADABLE' | 'RESOURCE_INVALID';

  constructor(code: ResourceError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
