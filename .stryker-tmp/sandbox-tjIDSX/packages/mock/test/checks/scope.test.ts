/** The scope check (checks/scope.ts): 403 naming the scope needed and held; scopes nest. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect.ts';
import { bearer, send, withJson } from '../support/http.ts';
import { useMock } from '../support/mock.ts';
import { adminKey, keyFor, newProject } from '../support/spec.ts';

// The checks apart from the state store (tested in stateful.test.ts): the examples answer.
const server = useMock({ stateless: true });

describe('scopes', () => {
  it.each([
    ['read', 'PATCH', '/v1/projects/web-shop', { name: 'shop' }, 'deploy'],
    ['deploy', 'POST', '/v1/projects', newProject, 'admin'],
    ['read', 'DELETE', '/v1/projects/web-shop', undefined, 'admin'],
  ])('refuses a %s key on %s %s with 403 naming the scope needed and the scope held', async (held, method, path, body, needed) => {
    const answer = await send(
      server.at(path),
      body ? withJson(method, body, bearer(keyFor(held))) : { method, headers: bearer(keyFor(held)) },
    );
    expectError(answer, 403, 'forbidden');
    expect(answer.body.message).toBe(`This operation needs the ${needed} scope; the key has ${held}.`);
  });

  it('lets a higher scope do what a lower one may (read ⊂ deploy ⊂ admin)', async () => {
    expect((await send(server.at('/v1/projects'), { headers: bearer(keyFor('read')) })).status).toBe(200);
    expect((await send(server.at('/v1/projects'), { headers: bearer(keyFor('deploy')) })).status).toBe(200);
    expect((await send(server.at('/v1/projects/web-shop'), withJson('PATCH', { name: 'shop' }, bearer(keyFor('deploy'))))).status).toBe(
      200,
    );
    expect((await send(server.at('/v1/projects/web-shop'), withJson('PATCH', { name: 'shop' }, bearer(adminKey)))).status).toBe(200);
  });
});
