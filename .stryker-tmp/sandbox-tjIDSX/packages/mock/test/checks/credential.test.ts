/** The credential check (checks/credential.ts): 401s, and no credential ever echoed. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect.ts';
import { bearer, send, withJson } from '../support/http.ts';
import { useMock } from '../support/mock.ts';
import { adminKey, errorShapeErrors, newProject } from '../support/spec.ts';

// The checks apart from the state store (tested in stateful.test.ts): the examples answer.
const server = useMock({ stateless: true });

describe('authentication', () => {
  it('answers 401 without a credential', async () => {
    const answer = await send(server.at('/v1/projects'));
    expectError(answer, 401, 'unauthenticated');
    expect(answer.body.message).toMatch(/Missing credential/);
  });

  it.each([
    ['a Basic credential', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a bearer token that is not an sk_ key', { authorization: 'Bearer abc123' }],
    ['an empty bearer token', { authorization: 'Bearer ' }],
    ['an empty session cookie', { cookie: 'cantila_session=' }],
    ['a malformed Authorization next to a valid cookie', { authorization: 'Token x', cookie: 'cantila_session=abc' }],
  ])('answers 401 for %s', async (_, headers) => {
    const answer = await send(server.at('/v1/projects'), { headers });
    expectError(answer, 401, 'unauthenticated');
    expect(answer.body.message).toMatch(/Malformed credential/);
  });

  it.each([
    ['an API key', { authorization: `Bearer sk_live_${'a'.repeat(300)}` }, 'Credential too long: an API key has at most 200 characters.'],
    [
      'a session cookie',
      { cookie: `cantila_session=${'a'.repeat(5000)}` },
      'Credential too long: the cantila_session cookie has at most 4096 characters.',
    ],
  ])('answers 401 saying so for %s that is too long', async (_, headers, message) => {
    const answer = await send(server.at('/v1/projects'), { headers });
    expectError(answer, 401, 'unauthenticated');
    expect(answer.body.message).toBe(message);
  });

  it.each([
    ['any other sk_ key (the seed’s sk_live_ key)', { authorization: 'Bearer sk_live_xxxxxxxxxxxxxxxxxxxx' }],
    ['sk_test_admin_', bearer(adminKey)],
    ['the session cookie', { cookie: 'theme=dark; cantila_session=s3ss10n' }],
  ])('grants admin to %s', async (_, headers) => {
    const answer = await send(server.at('/v1/projects'), withJson('POST', newProject, headers));
    expect(answer.status, answer.text).toBe(201);
  });

  it('never echoes a key or a session cookie pasted into a path, a header, a body or Prefer', async () => {
    const answers = [
      await send(server.at('/v1/sk_live_PastedKey1a2b3c'), { headers: bearer(adminKey) }),
      await send(server.at('/v1/Bearer%20sk_live_PastedKey1a2b3c'), { headers: bearer(adminKey) }),
      await send(server.at('/v1/cantila_session=PastedKey1a2b3c'), { headers: bearer(adminKey) }),
      await send(server.at('/v1/projects/sk_live_PastedKey1a2b3c'), { method: 'PUT', headers: bearer(adminKey) }),
      await send(server.at('/v1/projects'), {
        method: 'POST',
        body: '{}',
        headers: bearer(adminKey, { 'content-type': 'text/sk_live_PastedKey1a2b3c' }),
      }),
      await send(server.at('/v1/projects'), withJson('POST', 'sk_live_PastedKey1a2b3c', bearer(adminKey))),
      await send(server.at('/v1/projects'), withJson('POST', { ...newProject, sk_live_PastedKey1a2b3c: 1 }, bearer(adminKey))),
      await send(server.at('/v1/me'), { headers: bearer(adminKey, { prefer: 'example=sk_live_PastedKey1a2b3c' }) }),
    ];
    for (const answer of answers) {
      expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
      expect(errorShapeErrors(answer.body)).toEqual([]);
      expect(answer.text).not.toMatch(/PastedKey1a2b3c/);
    }
    const preflight = await send(server.at('/v1/projects'), {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-sk_live_PastedKey1a2b3c',
      },
    });
    expect(preflight.status).toBe(204);
    expect(JSON.stringify([...preflight.headers])).not.toMatch(/PastedKey1a2b3c/);
    expect(answers[0]!.body.message).toBe('No route GET /v1/sk_…: the API reference lists every path.');
    expect(answers[3]!.body.message).toMatch(/^PUT is not allowed on \/v1\/projects\/sk_…; it answers GET, /);
  });

  it('never sends a credential back, in any answer', async () => {
    const secret = 'sk_test_read_DoNotEcho123';
    const answers = [
      await send(server.at('/v1/me'), { headers: bearer(secret) }),
      await send(server.at('/v1/projects'), withJson('POST', newProject, bearer(secret))),
      await send(server.at('/v1/projects'), withJson('POST', '{"name":', bearer(secret))),
      await send(server.at('/v1/projects'), { headers: { cookie: 'cantila_session=c00kieDoNotEcho' } }),
      await send(server.at('/v1/projects'), { headers: { authorization: 'Bearer not-a-key-DoNotEcho' } }),
    ];
    for (const answer of answers) {
      expect(answer.text + JSON.stringify([...answer.headers])).not.toMatch(/DoNotEcho/);
    }
  });
});
