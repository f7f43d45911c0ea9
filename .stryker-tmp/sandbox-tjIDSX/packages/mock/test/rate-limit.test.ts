/** The RateLimit-* numbers a credential sees: its own one-minute window, whatever other credentials do. */
// @ts-nocheck

import { expect, it } from 'vitest';
import { rateLimiter } from '../src/rate-limit.ts';

/** A limiter on a clock the test moves by hand. */
function limiterAt(options: { maxHolders?: number } = {}) {
  const clock = { now: 0 };
  const count = rateLimiter(600, () => clock.now, options.maxHolders);
  return { count, at: (ms: number) => (clock.now = ms) };
}

it("starts each credential's window at its first request, so Reset differs by credential", () => {
  const { count, at } = limiterAt();
  expect(count('alice')).toEqual({ limit: 600, remaining: 599, reset: 60 });
  at(30_000);
  expect(count('bob')).toEqual({ limit: 600, remaining: 599, reset: 60 });
  expect(count('alice')).toEqual({ limit: 600, remaining: 598, reset: 30 });
  at(60_000);
  expect(count('alice')).toEqual({ limit: 600, remaining: 599, reset: 60 });
  expect(count('bob')).toEqual({ limit: 600, remaining: 598, reset: 30 });
});

it('keeps memory bounded: past the most credentials it tracks, the oldest window is dropped and the others keep counting', () => {
  const { count, at } = limiterAt({ maxHolders: 2 });
  count('alice');
  at(1_000);
  count('bob');
  at(2_000);
  count('carol');
  expect(count('bob').remaining).toBe(598);
  expect(count('carol').remaining).toBe(598);
  expect(count('alice')).toEqual({ limit: 600, remaining: 599, reset: 60 });
});
