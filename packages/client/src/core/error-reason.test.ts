import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AnyErrorReason } from './error-reason.ts';
import { apiErrorFrom, ConflictError, PermissionDeniedError } from './errors.ts';

const errorFor = (status: number, body: unknown) => apiErrorFrom(new Response(null, { status }), body, 'POST /v1/projects');

describe("an API error's cause", () => {
  it('is the body’s reason, typed as the spec’s ErrorReason or one added since, with the quota details', () => {
    const error = errorFor(409, {
      error: 'conflict',
      reason: 'quota_exceeded',
      quota: { name: 'projects', limit: 25, used: 25 },
      message: 'your-handle has 25 projects, the most the pro plan allows.',
      request_id: 'req_7Hc2pQ9x',
    });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.reason).toBe('quota_exceeded');
    expect(error.body?.quota).toEqual({ name: 'projects', limit: 25, used: 25 });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: 'conflict', reason: 'quota_exceeded' });
    expectTypeOf(error.reason).toEqualTypeOf<AnyErrorReason | undefined>();
  });

  it('names the parameter at fault', () => {
    const error = errorFor(403, {
      error: 'forbidden',
      reason: 'act_as_not_allowed',
      param: 'X-Cantila-Act-As',
      message: 'You may not act as Client_Acme!.',
    });
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect([error.reason, error.body?.param]).toEqual(['act_as_not_allowed', 'X-Cantila-Act-As']);
  });

  it('keeps a reason this client does not know yet: ErrorReason is an extensible enum', () => {
    const error = errorFor(403, { error: 'forbidden', reason: 'sso_required', message: 'Sign in with SSO.' });
    expect(error.reason).toBe('sso_required');
    expect(error.body?.reason).toBe('sso_required');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ reason: 'sso_required' });
    expectTypeOf(error.reason).toEqualTypeOf<AnyErrorReason | undefined>();
  });

  it('is left out when the body’s reason is not a reason (not a lower-case token of at most 64 characters, or a key)', () => {
    for (const reason of [
      'toString',
      '__proto__',
      'Quota Exceeded',
      'x'.repeat(65),
      'sk_live_abcdefghijklmnop sent',
      'sk_test_admin_abc123',
      42,
      null,
      {},
    ]) {
      const error = errorFor(403, { error: 'forbidden', reason, message: 'No.' });
      expect(error.code, String(reason)).toBe('forbidden');
      expect(error.reason, String(reason)).toBeUndefined();
      expect(error.message).toBe('No.');
    }
  });

  it('keeps quota details at their edges: nothing used yet, and no limit (null)', () => {
    for (const quota of [
      { name: 'projects', limit: 25, used: 0 },
      { name: 'seats', limit: null, used: 3 },
    ])
      expect(errorFor(409, { error: 'conflict', reason: 'quota_exceeded', quota, message: 'Full.' }).body?.quota).toEqual(quota);
  });

  it('drops quota details of the wrong shape and keeps the rest of the body', () => {
    for (const quota of [
      { name: 'projects', limit: -1, used: 2 },
      { name: 'projects', used: 1.5, limit: 3 },
      { name: 'x'.repeat(100), limit: 1, used: 1 },
      { name: ['projects'], limit: 1, used: 1 },
      'all',
    ])
      expect(errorFor(409, { error: 'conflict', reason: 'quota_exceeded', quota, message: 'Full.' }).body).toEqual({
        error: 'conflict',
        reason: 'quota_exceeded',
        message: 'Full.',
        request_id: undefined,
        fields: [],
      });
  });

  it('cuts a long param at 200 characters', () => {
    const error = errorFor(422, { error: 'validation', param: `body.${'x'.repeat(300)}`, message: 'Too long.' });
    expect(error.body?.param).toBe(`body.${'x'.repeat(195)}`);
  });

  it('redacts a key sent back in param', () => {
    const error = errorFor(403, {
      error: 'forbidden',
      reason: 'scope_insufficient',
      param: 'sk_live_abcdefghijklmnopqrstuvwx',
      message: 'No.',
    });
    expect(error.body?.param).not.toContain('abcdefghijklmnop');
  });
});
