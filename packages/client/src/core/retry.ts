import type { CantilaError } from './errors.ts';

/** How the client spaces its retries. */
export interface RetryTiming {
  /** Delay before the first retry, in ms, before jitter. */
  initialDelay: number;
  /** Upper bound of a backoff delay, in ms. */
  maxDelay: number;
  /** The longest `Retry-After` the client waits for, in ms; a longer one ends retrying and returns the error. */
  maxRetryAfter: number;
}

/**
 * The statuses retried unless `retry.statuses` says otherwise: timeouts, rate limits and transient
 * server or proxy failures. (The one list: the README and the tests read it from here.)
 */
export const defaultRetryStatuses: readonly number[] = [408, 429, 500, 502, 503, 504];

/** What decides whether a failed attempt is tried again (within `maxRetries`; see `RetryPolicy`). */
export type ShouldRetry = (error: CantilaError, context: { attempt: number; retryable: boolean }) => boolean;

/** The client's `retry` option. */
export interface RetryPolicy {
  /** The statuses to retry. Default `defaultRetryStatuses`: 408, 429, 500, 502, 503 and 504. */
  statuses?: readonly number[];
  /**
   * Decides for each failed attempt, while retries are left, whether to try again; `retryable` says
   * what the default rule (a connection error, a timeout or one of `statuses`) would do. A POST without
   * an `Idempotency-Key` is never retried, whatever this says.
   */
  shouldRetry?: ShouldRetry;
}

/** Reads `Retry-After` (delay-seconds: digits only; or an HTTP date) as ms from now; `undefined` when absent or unreadable (`1e1`, `0x1`, `-5`). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date starts with the day's name (`Wed, 21 Oct 2015 07:28:00 GMT`); Date.parse alone takes `-5` or `1` for years.
  const date = /^[A-Z][a-z]{2}/.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The delay before retry number `retry` (0 for the first retry), in ms, or `undefined` when the
 * server asked for a wait longer than `timing.maxRetryAfter` (then the client stops retrying).
 * A `Retry-After` is honoured as given; otherwise exponential backoff from `initialDelay`, capped at
 * `maxDelay`, with up to 25% jitter taken off so that many clients do not retry in lockstep.
 */
export function retryDelay(
  retry: number,
  retryAfter: string | null,
  timing: RetryTiming,
  random: () => number = Math.random,
): number | undefined {
  const asked = parseRetryAfter(retryAfter);
  if (asked !== undefined) return asked <= timing.maxRetryAfter ? asked : undefined;
  const backoff = Math.min(timing.initialDelay * 2 ** retry, timing.maxDelay);
  return Math.round(backoff * (1 - 0.25 * random()));
}
