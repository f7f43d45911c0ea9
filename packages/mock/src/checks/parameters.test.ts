/**
 * The parameter checks (checks/parameters.ts, checks/path-parameters.ts): what Prism's validation lets
 * through (an empty value, a repeated one, a path parameter that is not percent-encoded UTF-8), named with its reason.
 */
import { expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';
import { adminKey } from '../../test/support/spec.ts';

const { ask } = usePolicy();
const headers = { authorization: `Bearer ${adminKey}`, ...probe };

it.each([
  ['/v1/projects?limit=', { field: 'limit', message: 'must be integer' }],
  ['/v1/projects?cursor=', { field: 'cursor', message: 'must NOT have fewer than 1 characters' }],
  ['/v1/projects?limit=1&limit=2', { field: 'limit', message: 'was given twice; give it once' }],
  ['/v1/projects/%E0%A4%A', { field: 'project', message: 'is not valid percent-encoded UTF-8' }],
  ['/v1/projects/web-shop/deploys/%E0%A4%A', { field: 'deployId', message: 'is not valid percent-encoded UTF-8' }],
])('answers 422 naming the parameter at fault in %s', async (path, field) => {
  const answer = await ask(path, { headers });
  expectError(answer, 422, 'validation');
  expect(answer.body).toMatchObject({ reason: 'invalid_input', message: `${field.field} ${field.message}`, fields: [field] });
});

it('answers 422 naming a header parameter sent twice', async () => {
  const answer = await ask('/v1/projects', { method: 'POST', headers: { ...headers, 'idempotency-key': ['k1', 'k1'] } });
  expectError(answer, 422, 'validation');
  expect(answer.body.fields).toEqual([{ field: 'Idempotency-Key', message: 'was sent twice; send it once' }]);
});

it.each(['/v1/projects?limit=100', '/v1/projects/web%2Dshop', '/v1/projects/web-shop/deploys/dep_7Qm4Rt'])(
  'lets the valid parameters of %s on',
  async (path) => {
    expectPassed(await ask(path, { headers }));
  },
);
