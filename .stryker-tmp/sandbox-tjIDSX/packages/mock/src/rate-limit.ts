/**
 * The `RateLimit-*` numbers of each response: a fixed one-minute window per credential, from its first
 * request. The mock counts but never refuses; `Prefer: code=429` shows a frontend what a refusal looks like.
 */
// @ts-nocheck


const windowMs = 60_000;

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
}

interface Window {
  start: number;
  count: number;
}

/**
 * Returns a counter: each call records one request by `holder` and says what is left of its window.
 * At most `maxHolders` windows are kept: past that, the oldest is dropped (that holder starts over).
 */
export function rateLimiter(limit: number, now: () => number = Date.now, maxHolders = 10_000): (holder: string) => RateLimitState {
  // Windows are inserted as they start, so the map iterates oldest first.
  const windows = new Map<string, Window>();
  return (holder) => {
    const time = now();
    let window = windows.get(holder);
    if (window && time - window.start >= windowMs) {
      windows.delete(holder);
      window = undefined;
    }
    if (!window) {
      for (const [oldest, { start }] of windows) {
        if (time - start < windowMs && windows.size < maxHolders) break;
        windows.delete(oldest);
      }
      window = { start: time, count: 0 };
      windows.set(holder, window);
    }
    window.count += 1;
    return { limit, remaining: Math.max(0, limit - window.count), reset: Math.ceil((window.start + windowMs - time) / 1000) };
  };
}
