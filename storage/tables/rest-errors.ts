// Azure SDK errors → typed storage errors. For single-entity operations `err.code` is empty and the
// service's code is in `err.details.errorCode` (STACK.md); network failures carry no status at all.
import { ConcurrencyError, ConflictError, StorageError, StorageUnavailableError } from '../errors.js';

interface ErrorShape {
  statusCode?: unknown;
  code?: unknown;
  details?: { errorCode?: unknown };
}

function shape(err: unknown): ErrorShape {
  return typeof err === 'object' && err !== null ? (err as ErrorShape) : {};
}

export function statusOf(err: unknown): number | undefined {
  const status = shape(err).statusCode;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

export function errorCodeOf(err: unknown): string | undefined {
  const { details, code } = shape(err);
  if (typeof details?.errorCode === 'string' && details.errorCode !== '') return details.errorCode;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/**
 * No status (ECONNREFUSED, ECONNRESET, DNS, timeouts), 5xx, 408 and 429 (server busy after the SDK's own
 * retries), and 401/403 (the credential no longer works): storage cannot serve us right now.
 */
function isUnavailable(status: number | undefined): boolean {
  return status === undefined || status >= 500 || status === 408 || status === 429 || status === 401 || status === 403;
}

/** Maps any thrown value to a StorageError subclass; already-typed errors pass through unchanged. */
export function toStorageError(err: unknown, operation: string): StorageError {
  if (err instanceof StorageError) return err;
  const status = statusOf(err);
  const code = errorCodeOf(err);
  const what = `${operation}: ${status ?? ''} ${code ?? (err instanceof Error ? err.message : String(err))}`.trim();
  if (status === 412) return new ConcurrencyError(`stale etag in ${what}`, { cause: err });
  if (status === 409) return new ConflictError(`already exists in ${what}`, { cause: err });
  if (isUnavailable(status)) return new StorageUnavailableError(`storage unavailable in ${what}`, { cause: err });
  return new StorageError('invalid', `storage rejected ${what}`, { cause: err });
}
