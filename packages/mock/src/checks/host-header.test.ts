/** The Host check (checks/host-header.ts): HTTP/1.1 needs one, and on a loopback bind it names a loopback address. */
import { expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';

const { ask } = usePolicy();

it('answers 400 in the Error shape to an HTTP/1.1 request without Host', async () => {
  const answer = await ask('/v1/health', { headers: { host: [], ...probe } });
  expectError(answer, 400, 'bad_request');
  expect(answer.body.message).toBe('The request has no Host header, which HTTP/1.1 requires.');
});

it('lets an HTTP/1.0 request without Host on', async () => {
  expectPassed(await ask('/v1/health', { httpVersion: '1.0', headers: { host: [], ...probe } }));
});

it.each(['localhost', '127.0.0.1:4010', '[::1]:80', 'LOCALHOST:3000'])('lets Host %s on', async (host) => {
  expectPassed(await ask('/v1/health', { headers: { host, ...probe } }));
});

it('refuses a Host that names another address with 403 saying which ones reach it (DNS rebinding)', async () => {
  const answer = await ask('/v1/health', { headers: { host: 'rebind.example:4010', ...probe } });
  expectError(answer, 403, 'forbidden');
  expect(answer.body.message).toBe(
    "Host rebind.example:4010 is not this mock's address: it listens on 127.0.0.1, so only localhost, 127.0.0.1 or [::1] reach it.",
  );
});
