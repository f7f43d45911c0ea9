/** The act-as checks (checks/act-as-header.ts, checks/act-as-access.ts): a well-formed handle, sent once, of one's own sub-accounts. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect.ts';
import { bearer, send } from '../support/http.ts';
import { useMock } from '../support/mock.ts';
import { adminKey, allowedHandles } from '../support/spec.ts';

// The checks apart from the state store (tested in stateful.test.ts): the examples answer.
const server = useMock({ stateless: true });

describe('act-as', () => {
  it('has handles to act as, from the GET /sub-accounts example', () => {
    expect(allowedHandles).toContain('client-acme');
  });

  it.each(allowedHandles)('lets the caller act as %s', async (handle) => {
    const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { 'x-cantila-act-as': handle }) });
    expect(answer.status, answer.text).toBe(200);
  });

  it('refuses any other well-formed handle with 403 naming it', async () => {
    const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { 'x-cantila-act-as': 'client-initech' }) });
    expectError(answer, 403, 'forbidden');
    expect(answer.body.message).toContain('client-initech');
  });

  it.each(['Client_Acme', '-acme', 'a'.repeat(41)])(
    'answers 403 for the malformed handle %s, as for any handle not yours (the seed)',
    async (handle) => {
      const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { 'x-cantila-act-as': handle }) });
      expectError(answer, 403, 'forbidden');
      expect(answer.body.message).toContain(`You may not act as ${handle}`);
    },
  );

  it('answers 422 naming the header for a value longer than any header it reads', async () => {
    const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { 'x-cantila-act-as': 'a'.repeat(256) }) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'X-Cantila-Act-As', message: 'must be at most 255 characters' }]);
  });

  it('is ignored by GET /health, which takes no act-as', async () => {
    expect((await send(server.at('/v1/health'), { headers: { 'x-cantila-act-as': 'NOT VALID' } })).status).toBe(200);
  });
});
