/** The act-as checks (checks/act-as-header.ts, checks/act-as-access.ts): a well-formed handle, sent once, of one's own sub-accounts. */
import { describe, expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { specVariant } from '../../test/support/mock.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';
import { adminKey, allowedHandles } from '../../test/support/spec.ts';

const { ask } = usePolicy();
const actingAs = (handle: string | string[]) => ({ authorization: `Bearer ${adminKey}`, 'x-cantila-act-as': handle, ...probe });

it.each(allowedHandles)('lets the caller act as its sub-account %s', async (handle) => {
  expectPassed(await ask('/v1/projects', { headers: actingAs(handle) }));
});

it('lets a request without the header on', async () => {
  expectPassed(await ask('/v1/projects', { headers: { authorization: `Bearer ${adminKey}`, ...probe } }));
});

it.each(['client-initech', 'Client_Acme'])('refuses the handle %s, not one of its sub-accounts, with 403 naming it', async (handle) => {
  const answer = await ask('/v1/projects', { headers: actingAs(handle) });
  expectError(answer, 403, 'forbidden');
  expect(answer.body).toMatchObject({
    reason: 'act_as_not_allowed',
    param: 'X-Cantila-Act-As',
    message: `You may not act as ${handle}: it is not one of your sub-accounts (GET /v1/sub-accounts lists them).`,
  });
});

it.each([
  ['sent twice', actingAs(['client-acme', 'client-acme']), 'was sent twice; send it once'],
  ['longer than any handle', actingAs('a'.repeat(256)), 'must be at most 255 characters'],
])('answers 422 naming the header when it is %s', async (_, headers, message) => {
  const answer = await ask('/v1/projects', { headers });
  expectError(answer, 422, 'validation');
  expect(answer.body.fields).toEqual([{ field: 'X-Cantila-Act-As', message }]);
});

it.each([['NOT VALID'], ['a'.repeat(256)], [['client-initech', 'client-initech']]])(
  'is ignored by an operation that takes no act-as (GET /health): %s',
  async (handle) => {
    expectPassed(await ask('/v1/health', { headers: { 'x-cantila-act-as': handle, ...probe } }));
  },
);

describe('under an ActAs schema with a pattern', () => {
  const pattern = '^[a-z][a-z0-9-]*$';
  const variant = usePolicy({ specPath: specVariant((spec) => (spec.components.parameters.ActAs.schema.pattern = pattern)) });

  it('answers 422 naming the header and the pattern for a handle that does not match it', async () => {
    const answer = await variant.ask('/v1/projects', { headers: actingAs('Client_Acme') });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'X-Cantila-Act-As', message: `must match pattern "${pattern}"` }]);
  });

  it('lets a request without the header on', async () => {
    expectPassed(await variant.ask('/v1/projects', { headers: { authorization: `Bearer ${adminKey}`, ...probe } }));
  });
});
