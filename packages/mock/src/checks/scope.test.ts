/** The scope check (checks/scope.ts): 403 naming the scope needed and the one held; scopes nest (read ⊂ deploy ⊂ admin). */
import { expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';
import { keyFor } from '../../test/support/spec.ts';

const { ask } = usePolicy();
const asKey = (scope: string) => ({ authorization: `Bearer ${keyFor(scope)}`, ...probe });

it.each([
  ['read', 'PATCH', '/v1/projects/web-shop', 'deploy'],
  ['deploy', 'POST', '/v1/projects', 'admin'],
  ['read', 'DELETE', '/v1/projects/web-shop', 'admin'],
])('refuses a %s key on %s %s with 403 naming the scope needed and the scope held', async (held, method, path, needed) => {
  const answer = await ask(path, { method, headers: asKey(held) });
  expectError(answer, 403, 'forbidden');
  expect(answer.body).toMatchObject({
    reason: 'scope_insufficient',
    message: `This operation needs the ${needed} scope; the key has ${held}.`,
  });
});

it.each([
  ['read', 'GET', '/v1/projects'],
  ['deploy', 'PATCH', '/v1/projects/web-shop'],
  ['admin', 'PATCH', '/v1/projects/web-shop'],
  ['admin', 'DELETE', '/v1/projects/web-shop'],
])('lets a %s key on to %s %s (the scope it needs, or a higher one)', async (held, method, path) => {
  expectPassed(await ask(path, { method, headers: asKey(held) }));
});
