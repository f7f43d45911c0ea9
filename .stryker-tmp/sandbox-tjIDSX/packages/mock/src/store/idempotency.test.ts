// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { fingerprintOf, useKey, type RememberedReply } from './idempotency.ts';

describe('useKey', () => {
  const fingerprint = fingerprintOf('POST /projects', {}, { name: 'a' });
  const remembered = (): Record<string, RememberedReply> => ({ k: { fingerprint, status: 201, body: { id: 'prj_1' }, expiresAt: 100 } });

  it('replays the same request, refuses another, and forgets the key once the window has passed', () => {
    expect(useKey(remembered(), 'k', fingerprint, 99).kind).toBe('replay');
    expect(useKey(remembered(), 'k', fingerprintOf('POST /projects', {}, { name: 'b' }), 99).kind).toBe('conflict');
    const store = remembered();
    expect(useKey(store, 'k', fingerprint, 100).kind).toBe('new');
    expect(store).toEqual({});
  });

  it('tells requests apart by their path parameters too', () => {
    expect(fingerprintOf('POST /x/{id}', { id: 'a' }, null)).not.toBe(fingerprintOf('POST /x/{id}', { id: 'b' }, null));
  });
});
