// Typed storage faults: the bot maps `kind` to a Dutch message; a fault is never swallowed.
import type { StorageErrorKind } from './ports.js';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A stale ETag (412) that survived the retries, or a precondition the caller must resolve. */
export class ConcurrencyError extends StorageError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('concurrency', message, options);
    this.name = 'ConcurrencyError';
  }
}

/** Read again, the record is still newer than the caller's copy (an entry changed since it was listed): retrying cannot help. */
export class StaleError extends ConcurrencyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StaleError';
  }
}

/** The record already exists (409 on create). */
export class ConflictError extends StorageError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('conflict', message, options);
    this.name = 'ConflictError';
  }
}

/** Storage did not answer or answered with a server fault. */
export class StorageUnavailableError extends StorageError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options);
    this.name = 'StorageUnavailableError';
  }
}
