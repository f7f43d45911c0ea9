/** A deprecated operation (GET /account, deprecated in a variant of the spec) answers with Deprecation and Sunset, and the client warns. */
// @ts-nocheck

import { createClient } from '@cantila/client';
import { describe, expect, it } from 'vitest';
import { bearer, send } from './support/http.ts';
import { specVariant, useMock } from './support/mock.ts';
import { keyFor } from './support/spec.ts';

const server = useMock({
  specPath: specVariant((spec) => {
    Object.assign(spec.paths['/account'].get, { deprecated: true, 'x-sunset': '2027-06-30', 'x-replacement': 'GET /me' });
  }),
});
const read = keyFor('read');

describe('a deprecated operation in the mock', () => {
  it('answers with Deprecation and Sunset (the HTTP date of x-sunset), readable by a page on another origin', async () => {
    const answer = await send(`${server.url}/account`, { headers: bearer(read, { origin: 'http://127.0.0.1:5173' }) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('deprecation')).toBe('true');
    expect(answer.headers.get('sunset')).toBe('Wed, 30 Jun 2027 00:00:00 GMT');
    expect(answer.headers.get('access-control-expose-headers')).toContain('Deprecation, Sunset');
  });

  it('says so on its refusals too, and not on operations that are not deprecated', async () => {
    const refused = await send(`${server.url}/account`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('deprecation')).toBe('true');
    const other = await send(`${server.url}/me`, { headers: bearer(read) });
    expect(other.status).toBe(200);
    expect(other.headers.get('deprecation')).toBeNull();
    expect(other.headers.get('sunset')).toBeNull();
  });

  it('makes @cantila/client warn once, through its logger', async () => {
    const lines: string[] = [];
    const client = createClient({ baseUrl: server.url, apiKey: read, debug: (line) => lines.push(line) });
    expect((await client.GET('/account')).error).toBeUndefined();
    await client.GET('/account');
    await client.GET('/me');
    expect(lines.filter((line) => line.includes('deprecated'))).toEqual([
      'cantila: GET /account is deprecated (Deprecation: true, Sunset: Wed, 30 Jun 2027 00:00:00 GMT); see the API changelog',
    ]);
  });
});
