/** The credential check (checks/credential.ts): 401s saying what is wrong, the sign-in's sessions, the rate limit counted per credential. */
import { describe, expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { specVariant } from '../../test/support/mock.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';
import { adminKey } from '../../test/support/spec.ts';

describe('credentials', () => {
  const { ask } = usePolicy({ stateful: true });

  it.each<[string, Record<string, string | string[]>, string, string]>([
    ['none', {}, 'credential_missing', 'Missing credential: send Authorization: Bearer sk_… or the cantila_session cookie.'],
    [
      'a Basic credential',
      { authorization: 'Basic dXNlcjpwYXNz' },
      'credential_malformed',
      'Malformed credential: the Authorization header must be "Bearer sk_…" and the cantila_session cookie a non-empty token.',
    ],
    [
      'a key too long',
      { authorization: `Bearer sk_live_${'a'.repeat(300)}` },
      'credential_too_long',
      'Credential too long: an API key has at most 200 characters.',
    ],
    [
      'a session cookie too long',
      { cookie: `cantila_session=${'a'.repeat(5000)}` },
      'credential_too_long',
      'Credential too long: the cantila_session cookie has at most 4096 characters.',
    ],
  ])('answers 401 to %s, saying what is wrong', async (_, headers, reason, message) => {
    const answer = await ask('/v1/projects', { headers: { ...headers, ...probe } });
    expectError(answer, 401, 'unauthenticated');
    expect(answer.body).toMatchObject({ reason, message });
  });

  it.each([2, 3])('answers 400 to Authorization sent %i times (node:http would keep only the first)', async (times) => {
    const answer = await ask('/v1/projects', { headers: { authorization: Array(times).fill(`Bearer ${adminKey}`), ...probe } });
    expectError(answer, 400, 'bad_request');
    expect(answer.body.message).toBe(`Authorization was sent ${times} times; send one credential.`);
  });

  it.each([
    ['an sk_ key', { authorization: `Bearer ${adminKey}` }],
    ['a session cookie', { cookie: 'theme=dark; cantila_session=demo' }],
  ])('lets %s on', async (_, headers) => {
    expectPassed(await ask('/v1/projects/web-shop', { method: 'DELETE', headers: { ...headers, ...probe } }));
  });

  it('asks no credential of an operation without security', async () => {
    expectPassed(await ask('/v1/health', { headers: probe }));
  });

  describe("the sign-in's sessions", () => {
    const signIn = async (body: unknown): Promise<string> => {
      const answer = await ask('/__mock/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(answer.status, answer.text).toBe(201);
      return answer.headers.get('set-cookie')!.split(';')[0]!;
    };

    it("is the member's, with the member's scope", async () => {
      const cookie = await signIn({ user: 'usr_3Dq7nL' });
      const refused = await ask('/v1/projects', { method: 'POST', headers: { cookie, ...probe } });
      expectError(refused, 403, 'forbidden');
      expect(refused.body.message).toBe('This operation needs the admin scope; the session has deploy.');
      const me = await ask('/v1/me', { headers: { cookie } });
      expect(me.body.user, me.text).toEqual({ id: 'usr_3Dq7nL', email: 'dana@example.com', name: 'Dana Ortiz' });
    });

    it('answers 401 to a session signed out, and to one it never opened', async () => {
      const cookie = await signIn({ user: 'usr_3Dq7nL' });
      expect((await ask('/__mock/session/sign-out', { method: 'POST', headers: { cookie } })).status).toBe(204);
      const out = await ask('/v1/me', { headers: { cookie, ...probe } });
      expectError(out, 401, 'unauthenticated');
      expect(out.body).toMatchObject({
        reason: 'credential_revoked',
        message: 'This cantila_session session was signed out: sign in again.',
      });
      const unknown = await ask('/v1/me', { headers: { cookie: `cantila_session=ses_${'A'.repeat(43)}`, ...probe } });
      expectError(unknown, 401, 'unauthenticated');
      expect(unknown.body).toMatchObject({
        reason: 'credential_unknown',
        message: 'No such cantila_session session (the mock restarted since?): sign in again.',
      });
    });
  });

  it('counts the rate limit per credential, apart from the address', async () => {
    const remaining = async (headers: Record<string, string>): Promise<number> =>
      Number((await ask('/v1/projects', { headers: { ...headers, ...probe } })).headers.get('ratelimit-remaining'));
    const first = await remaining({ authorization: 'Bearer sk_test_read_counted' });
    expect(await remaining({ authorization: 'Bearer sk_test_read_counted' })).toBe(first - 1);
    expect(await remaining({ cookie: 'cantila_session=counted' })).toBe(first);
    expect(await remaining({ authorization: 'Bearer sk_test_read_counted' })).toBe(first - 2);
  });
});

describe('an operation that takes one kind of credential', () => {
  // A variant of the spec: GET /projects takes a key only, GET /me a session only.
  const { ask } = usePolicy({
    specPath: specVariant((spec) => {
      spec.paths['/projects'].get.security = [{ bearerAuth: ['read'] }];
      spec.paths['/me'].get.security = [{ sessionCookie: ['read'] }];
    }),
  });

  it('answers 401 naming the kind it does not accept', async () => {
    const session = await ask('/v1/projects', { headers: { cookie: 'cantila_session=demo', ...probe } });
    expectError(session, 401, 'unauthenticated');
    expect(session.body.message).toBe('GET /projects does not accept the session cookie.');
    const key = await ask('/v1/me', { headers: { authorization: `Bearer ${adminKey}`, ...probe } });
    expectError(key, 401, 'unauthenticated');
    expect(key.body.message).toBe('GET /me does not accept an API key.');
  });

  it('lets the kind it accepts on', async () => {
    expectPassed(await ask('/v1/projects', { headers: { authorization: `Bearer ${adminKey}`, ...probe } }));
    expectPassed(await ask('/v1/me', { headers: { cookie: 'cantila_session=demo', ...probe } }));
  });
});
