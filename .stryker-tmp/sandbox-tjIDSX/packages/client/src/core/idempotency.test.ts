// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency.ts';

function expectFreshUuids(): void {
  const keys = Array.from({ length: 50 }, newIdempotencyKey);
  for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(keys).size).toBe(50);
}

describe('newIdempotencyKey', () => {
  afterEach(() => {
    delete (crypto as { randomUUID?: unknown }).randomUUID;
  });

  it('gives a fresh version 4 UUID each time', () => {
    expectFreshUuids();
  });

  it('gives one where crypto.randomUUID is missing too (a page served over plain http)', () => {
    // An own property shadows Crypto.prototype.randomUUID until afterEach deletes it.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    expect(crypto.randomUUID).toBeUndefined();
    expectFreshUuids();
  });
});
