// Optimistic-concurrency retries: a few attempts with jittered exponential backoff, then ConcurrencyError.
import { setTimeout as sleep } from 'node:timers/promises';
import { ConcurrencyError, ConflictError, StaleError } from '../errors.js';

// Contention on one practice's plan or counts is a handful of people at most; 6 attempts over ~0.6 s
// resolves that, and a caller that still loses gets a ConcurrencyError to show as "probeer opnieuw".
const ATTEMPTS = 6;
const BASE_DELAY_MS = 10;

/** Runs `attempt` until it returns; a ConflictError (someone took the key first) means try again. */
export async function retryOnConflict<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  let last: unknown;
  for (let i = 0; i < ATTEMPTS; i += 1) {
    try {
      return await attempt();
    } catch (err) {
      if (err instanceof StaleError || !(err instanceof ConflictError || err instanceof ConcurrencyError)) throw err;
      last = err;
      await sleep(BASE_DELAY_MS * 2 ** i * (0.5 + Math.random()));
    }
  }
  throw new ConcurrencyError(`${what}: still contended after ${ATTEMPTS} attempts`, { cause: last });
}
