export type GeoErrorCode =
  | 'data_unreadable'
  | 'data_invalid'
  | 'overlay_unreadable'
  | 'overlay_invalid'
  | 'source_mismatch';

/** A geo data file or source package that cannot be read or does not have the expected shape. */
export class GeoError extends Error {
  override readonly name = 'GeoError';
  constructor(
    readonly code: GeoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
