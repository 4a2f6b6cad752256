// Retries of one proactive request (issue 11 §5), with p-retry: 429 waits the Retry-After Teams gives (without using
// up a retry), 412/502/503/504 back off exponentially with jitter, every other failure is final at once. The Bot
// Connector client retries 429 and 5xx by itself (@azure/core-rest-pipeline's defaultRetryPolicy); bot/jobs/send.ts
// removes that policy from the pipeline of the connector it sends with, so each request is retried here only.
import { setTimeout as sleep } from 'node:timers/promises';
import pRetry from 'p-retry';

export interface RetryPolicy {
  /** Backed-off retries of 412/502/503/504. */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /** 429s answered before giving up on a request. */
  throttledRetries: number;
  /** Retry-After when a 429 carries none. */
  defaultRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 5,
  minTimeoutMs: 1_000,
  maxTimeoutMs: 30_000,
  throttledRetries: 10,
  defaultRetryAfterMs: 1_000,
};

const BACK_OFF = new Set([412, 502, 503, 504]);

/** What a failed request said: its HTTP status (none for a network fault) and Retry-After in ms. */
export interface Failure {
  status?: number;
  retryAfterMs?: number;
}

function headerOf(response: unknown, name: string): string | undefined {
  if (typeof response !== 'object' || response === null || !('headers' in response)) return undefined;
  const { headers } = response;
  if (typeof headers !== 'object' || headers === null) return undefined;
  if ('get' in headers && typeof headers.get === 'function') {
    const value: unknown = headers.get(name);
    return typeof value === 'string' ? value : undefined;
  }
  const value: unknown = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Retry-After is seconds or an HTTP date. */
function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The status and Retry-After of an error from the connector client (a RestError with `statusCode` and `response`). */
export function failureOf(err: unknown): Failure {
  if (typeof err !== 'object' || err === null) return {};
  const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : undefined;
  const response = 'response' in err ? err.response : undefined;
  const after = retryAfterMs(headerOf(response, 'retry-after'), Date.now());
  return { ...(status !== undefined ? { status } : {}), ...(after !== undefined ? { retryAfterMs: after } : {}) };
}

export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let throttled = 0;
  return pRetry(attempt, {
    retries: policy.retries,
    minTimeout: policy.minTimeoutMs,
    maxTimeout: policy.maxTimeoutMs,
    factor: 2,
    randomize: true,
    onFailedAttempt: async ({ error }) => {
      const failure = failureOf(error);
      if (failure.status !== 429) return;
      throttled += 1;
      if (throttled <= policy.throttledRetries) await sleep(failure.retryAfterMs ?? policy.defaultRetryAfterMs);
    },
    shouldConsumeRetry: ({ error }) => failureOf(error).status !== 429,
    shouldRetry: ({ error }) => {
      const { status } = failureOf(error);
      if (status === 429) return throttled <= policy.throttledRetries;
      return status !== undefined && BACK_OFF.has(status);
    },
  });
}
