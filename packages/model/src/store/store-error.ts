/** Why the store refused or failed. */
export type StoreErrorCode =
  /** An article with this id is already stored (the unique key refused it). */
  | 'DUPLICATE'
  /** A write on a store opened read-only. */
  | 'READONLY'
  /** The store file does not exist and the store was opened read-only. */
  | 'MISSING'
  /** The file is not a Kizuna store, or was written by a newer version. */
  | 'INCOMPATIBLE'
  /** Another process holds the write lock longer than the busy timeout. */
  | 'BUSY'
  /** The store was closed. */
  | 'CLOSED'
  /** The article does not fit the model (validation failed). */
  | 'INVALID_ARTICLE'
  /** Anything else SQLite or the file system reported; `cause` holds it. */
  | 'IO';

/** A failure of the corpus store, with a code a caller can act on. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

/** Turns an SQLite error into a StoreError (a StoreError passes through). */
export function storeErrorOf(error: unknown, what: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new StoreError('BUSY', `${what}: the store is busy (another process is writing)`, { cause: error });
  }
  if (code === 'SQLITE_READONLY')
    return new StoreError('READONLY', `${what}: the store is read-only`, { cause: error });
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreError('INCOMPATIBLE', `${what}: not a Kizuna store (${message})`, { cause: error });
  }
  return new StoreError('IO', `${what}: ${message}`, { cause: error });
}
