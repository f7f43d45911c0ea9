/**
 * The `RateLimit-*` numbers of each response: a fixed one-minute window per credential. The mock
 * counts but never refuses; `Prefer: code=429` shows a frontend what a refusal looks like.
 */

const windowMs = 60_000;
// Distinct credentials seen in one window; past this the window's counts start over, so memory stays bounded.
const maxHolders = 10_000;

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
}

/** Returns a counter: each call records one request by `holder` and says what is left of its window. */
export function rateLimiter(limit: number, now: () => number = Date.now): (holder: string) => RateLimitState {
  let windowStart = now();
  const used = new Map<string, number>();
  return (holder) => {
    const time = now();
    if (time - windowStart >= windowMs || used.size >= maxHolders) {
      windowStart = time;
      used.clear();
    }
    const count = (used.get(holder) ?? 0) + 1;
    used.set(holder, count);
    return { limit, remaining: Math.max(0, limit - count), reset: Math.ceil((windowStart + windowMs - time) / 1000) };
  };
}
