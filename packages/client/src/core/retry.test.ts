import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay, type RetryTiming } from './retry.ts';

const timing: RetryTiming = { initialDelay: 500, maxDelay: 8_000, maxRetryAfter: 60_000 };

describe('retryDelay', () => {
  it('doubles from the initial delay and stops growing at the maximum', () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6].map((retry) => retryDelay(retry, null, timing, noJitter))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('takes up to a quarter off as jitter, never adds', () => {
    expect(retryDelay(1, null, timing, () => 0.999_999)).toBe(750);
    const delays = Array.from({ length: 200 }, () => retryDelay(2, null, timing));
    expect(Math.min(...(delays as number[]))).toBeGreaterThanOrEqual(1_500);
    expect(Math.max(...(delays as number[]))).toBeLessThanOrEqual(2_000);
    expect(new Set(delays).size).toBeGreaterThan(10);
  });

  it('waits exactly as long as Retry-After asks, without jitter', () => {
    expect(retryDelay(0, '3', timing, () => 0.5)).toBe(3_000);
    expect(retryDelay(5, '0', timing)).toBe(0);
  });

  it('reads Retry-After given as an HTTP date', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(retryDelay(0, inTenSeconds, timing)).toBeGreaterThan(8_000);
    expect(retryDelay(0, inTenSeconds, timing)).toBeLessThanOrEqual(10_000);
  });

  it('gives up (undefined) when Retry-After asks for more than maxRetryAfter', () => {
    expect(retryDelay(0, '61', timing)).toBeUndefined();
    expect(retryDelay(0, '60', timing)).toBe(60_000);
  });

  it('falls back to backoff when Retry-After is unreadable', () => {
    expect(retryDelay(1, 'soon', timing, () => 0)).toBe(1_000);
    expect(retryDelay(1, '-5', timing, () => 0)).toBe(1_000);
  });
});

describe('parseRetryAfter', () => {
  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(0);
  });
  it('is undefined without a header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('')).toBeUndefined();
  });
  it('reads delay-seconds written as digits only', () => {
    expect(parseRetryAfter('7')).toBe(7_000);
    expect(parseRetryAfter(' 007 ')).toBe(7_000);
  });
  it.each(['1 Jan 2030', 'Mo, 1 Jan 2030'])('refuses %j, which Date.parse would read but is no HTTP date', (value) => {
    expect(parseRetryAfter(value)).toBeUndefined();
  });
  it.each(['0x1', '1e1', '1.5', '+3', '-5', 'Infinity', '1 2'])('refuses %j, which Number() would read', (value) => {
    expect(parseRetryAfter(value)).toBeUndefined();
  });
  it('reads an HTTP date, also in the obsolete RFC 850 form', () => {
    const now = Date.parse('2015-10-21T07:28:00Z') - 5_000;
    for (const date of ['Wed, 21 Oct 2015 07:28:00 GMT', 'Wednesday, 21-Oct-15 07:28:00 GMT']) {
      expect(parseRetryAfter(date, now), date).toBe(5_000);
    }
  });
});
