/** The Expect check (checks/expectation.ts): only 100-continue can be met. */
import { expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';

const { ask } = usePolicy();

it.each([[{}], [{ expect: '100-continue' }], [{ expect: '100-Continue' }]])('lets a request with %o on', async (headers) => {
  expectPassed(await ask('/v1/health', { headers: { ...headers, ...probe } }));
});

it('answers 400 in the Error shape, naming it, to an Expect it cannot meet', async () => {
  const answer = await ask('/v1/health', { headers: { expect: '200-ok', ...probe } });
  expectError(answer, 400, 'bad_request');
  expect(answer.body.message).toBe('Expect: 200-ok cannot be met; the mock knows only Expect: 100-continue.');
});
