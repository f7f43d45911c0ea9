/** The Prefer check (checks/prefer.ts): a preference the operation documents is followed, any other is a 422 naming it. */
import { expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';
import { adminKey } from '../../test/support/spec.ts';

const { ask } = usePolicy();
const authorization = `Bearer ${adminKey}`;

it('answers 422 naming Prefer, or its query twin, with what is wrong', async () => {
  expectPassed(await ask('/v1/projects', { headers: { authorization, ...probe } }));
  const twin = await ask('/v1/projects?__code=none', { headers: { authorization } });
  expectError(twin, 422, 'validation');
  expect(twin.body).toMatchObject({
    message: '__code must be a three-digit status such as 404, not "none"',
    fields: [{ field: '__code', message: 'must be a three-digit status such as 404, not "none"' }],
  });
});

it('has Prism answer as the preference asks', async () => {
  const answer = await ask('/v1/projects/web-shop', { headers: { authorization, prefer: 'code=404' } });
  expectError(answer, 404, 'not_found');
  expect((await ask('/v1/projects/web-shop?__code=404', { headers: { authorization } })).status).toBe(404);
});
