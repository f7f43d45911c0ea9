/** The body check (checks/body.ts): JSON, sent as JSON. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect.ts';
import { bearer, send, withJson } from '../support/http.ts';
import { useMock } from '../support/mock.ts';
import { adminKey } from '../support/spec.ts';

// The checks apart from the state store (tested in stateful.test.ts): the examples answer.
const server = useMock({ stateless: true });

describe('the request body', () => {
  it('answers 400 for malformed JSON, saying so', async () => {
    const answer = await send(server.at('/v1/projects'), withJson('POST', '{"name": "web-shop",', bearer(adminKey)));
    expectError(answer, 400, 'bad_request');
    expect(answer.body.message).toMatch(/^Request body is not valid JSON/);
  });

  it('answers 400 for a body that is not sent as JSON', async () => {
    const answer = await send(server.at('/v1/projects'), {
      method: 'POST',
      body: 'name=web-shop',
      headers: bearer(adminKey, { 'content-type': 'application/x-www-form-urlencoded' }),
    });
    expectError(answer, 400, 'bad_request');
    expect(answer.body.message).toContain('application/x-www-form-urlencoded');
  });
});
