// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
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
export const defaultRetryStatuses: readonly number[] = stryMutAct_9fa48("602") ? [] : (stryCov_9fa48("602"), [408, 429, 500, 502, 503, 504]);

/** What decides whether a failed attempt is tried again (within `maxRetries`; see `RetryPolicy`). */
export type ShouldRetry = (error: CantilaError, context: {
  attempt: number;
  retryable: boolean;
}) => boolean;

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
  if (stryMutAct_9fa48("603")) {
    {}
  } else {
    stryCov_9fa48("603");
    const text = stryMutAct_9fa48("604") ? value?.trim() && '' : (stryCov_9fa48("604"), (stryMutAct_9fa48("606") ? value.trim() : stryMutAct_9fa48("605") ? value : (stryCov_9fa48("605", "606"), value?.trim())) ?? (stryMutAct_9fa48("607") ? "Stryker was here!" : (stryCov_9fa48("607"), '')));
    if (stryMutAct_9fa48("609") ? false : stryMutAct_9fa48("608") ? true : (stryCov_9fa48("608", "609"), (stryMutAct_9fa48("613") ? /^\D+$/ : stryMutAct_9fa48("612") ? /^\d$/ : stryMutAct_9fa48("611") ? /^\d+/ : stryMutAct_9fa48("610") ? /\d+$/ : (stryCov_9fa48("610", "611", "612", "613"), /^\d+$/)).test(text))) return stryMutAct_9fa48("614") ? Number(text) / 1000 : (stryCov_9fa48("614"), Number(text) * 1000);
    // An HTTP date starts with the day's name (`Wed, 21 Oct 2015 07:28:00 GMT`); Date.parse alone takes `-5` or `1` for years.
    const date = (stryMutAct_9fa48("618") ? /^[A-Z][^a-z]{2}/ : stryMutAct_9fa48("617") ? /^[A-Z][a-z]/ : stryMutAct_9fa48("616") ? /^[^A-Z][a-z]{2}/ : stryMutAct_9fa48("615") ? /[A-Z][a-z]{2}/ : (stryCov_9fa48("615", "616", "617", "618"), /^[A-Z][a-z]{2}/)).test(text) ? Date.parse(text) : NaN;
    return Number.isNaN(date) ? undefined : stryMutAct_9fa48("619") ? Math.min(0, date - now) : (stryCov_9fa48("619"), Math.max(0, stryMutAct_9fa48("620") ? date + now : (stryCov_9fa48("620"), date - now)));
  }
}

/**
 * The delay before retry number `retry` (0 for the first retry), in ms, or `undefined` when the
 * server asked for a wait longer than `timing.maxRetryAfter` (then the client stops retrying).
 * A `Retry-After` is honoured as given; otherwise exponential backoff from `initialDelay`, capped at
 * `maxDelay`, with up to 25% jitter taken off so that many clients do not retry in lockstep.
 */
export function retryDelay(retry: number, retryAfter: string | null, timing: RetryTiming, random: () => number = Math.random): number | undefined {
  if (stryMutAct_9fa48("621")) {
    {}
  } else {
    stryCov_9fa48("621");
    const asked = parseRetryAfter(retryAfter);
    if (stryMutAct_9fa48("624") ? asked === undefined : stryMutAct_9fa48("623") ? false : stryMutAct_9fa48("622") ? true : (stryCov_9fa48("622", "623", "624"), asked !== undefined)) return (stryMutAct_9fa48("628") ? asked > timing.maxRetryAfter : stryMutAct_9fa48("627") ? asked < timing.maxRetryAfter : stryMutAct_9fa48("626") ? false : stryMutAct_9fa48("625") ? true : (stryCov_9fa48("625", "626", "627", "628"), asked <= timing.maxRetryAfter)) ? asked : undefined;
    const backoff = stryMutAct_9fa48("629") ? Math.max(timing.initialDelay * 2 ** retry, timing.maxDelay) : (stryCov_9fa48("629"), Math.min(stryMutAct_9fa48("630") ? timing.initialDelay / 2 ** retry : (stryCov_9fa48("630"), timing.initialDelay * 2 ** retry), timing.maxDelay));
    return Math.round(stryMutAct_9fa48("631") ? backoff / (1 - 0.25 * random()) : (stryCov_9fa48("631"), backoff * (stryMutAct_9fa48("632") ? 1 + 0.25 * random() : (stryCov_9fa48("632"), 1 - (stryMutAct_9fa48("633") ? 0.25 / random() : (stryCov_9fa48("633"), 0.25 * random()))))));
  }
}