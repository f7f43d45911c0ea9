/** Every refusal of the policy layer names its documented cause: the `reason` of the spec's `ErrorReason`, and `param` where one is at fault. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { bearer, send, withJson } from '../support/http.ts';
import { useMock } from '../support/mock.ts';
import { adminKey, keyFor, model } from '../support/spec.ts';

const server = useMock();

describe('the reason of each refusal', () => {
  it.each<[string, string, RequestInit, string, string | undefined]>([
    ['no credential', '/v1/projects', {}, 'credential_missing', undefined],
    ['a malformed credential', '/v1/projects', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }, 'credential_malformed', undefined],
    ['a key too long', '/v1/projects', { headers: bearer(`sk_test_${'x'.repeat(300)}`) }, 'credential_too_long', undefined],
    ['a scope too low', '/v1/keys', { headers: bearer(keyFor('read')) }, 'scope_insufficient', undefined],
    [
      'a handle not yours',
      '/v1/projects',
      { headers: bearer(adminKey, { 'x-cantila-act-as': 'client-initech' }) },
      'act_as_not_allowed',
      'X-Cantila-Act-As',
    ],
    [
      'a malformed handle',
      '/v1/projects',
      { headers: bearer(adminKey, { 'x-cantila-act-as': 'Client_Acme!' }) },
      'act_as_not_allowed',
      'X-Cantila-Act-As',
    ],
    ['an unknown path', '/v1/projectz', { headers: bearer(adminKey) }, 'route_not_found', undefined],
    ['a method the path lacks', '/v1/health', { method: 'DELETE', headers: bearer(adminKey) }, 'method_not_allowed', undefined],
    ['a body that is not JSON', '/v1/projects', withJson('POST', '{"name": "web-shop",', bearer(adminKey)), 'malformed_json', undefined],
    ['a limit out of range', '/v1/projects?limit=1000', { headers: bearer(adminKey) }, 'invalid_input', undefined],
    ['a body missing a field', '/v1/projects', withJson('POST', { name: 'web-shop' }, bearer(adminKey)), 'invalid_input', undefined],
  ])('%s', async (_what, path, init, reason, param) => {
    const answer = await send(server.at(path), init);
    expect(answer.body.reason, answer.text).toBe(reason);
    expect(answer.body.error).toBe(model.conventions.errorReasons.get(reason));
    expect(answer.status).toBe(model.conventions.errorStatuses.get(answer.body.error));
    expect(answer.body.param).toBe(param);
  });
});
