/**
 * The product's reference page (the seed) shows these curl commands; against the mock, with the host
 * swapped, they answer as the page shows. The commands and the /me body are copied from the page verbatim.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { useMock } from './support/mock.ts';
import { send, withJson } from './support/http.ts';
import { errorShapeErrors, operations, schemaErrors } from './support/spec.ts';

const server = useMock();
const production = 'https://api.cantila.app/v1';

const seedCurl = {
  me: `curl https://api.cantila.app/v1/me \\
  -H "Authorization: Bearer sk_live_xxxxxxxxxxxxxxxxxxxx"`,
  projectsActingAs: `curl https://api.cantila.app/v1/projects \\
  -H "Authorization: Bearer sk_live_xxxx" \\
  -H "X-Cantila-Act-As: client-acme"`,
  activity: `curl https://api.cantila.app/v1/activity \\
  -H "Authorization: Bearer sk_live_xxxx"`,
};

const seedMe = {
  user: { id: 'usr_8f2a', email: 'you@example.com', name: 'You' },
  account: { id: 'acc_3b1c', handle: 'your-handle', plan: 'pro' },
};

/** Runs a seed curl command (URL and `-H` headers) against the mock instead of production. */
function run(command: string, extraHeaders: Record<string, string> = {}) {
  const url = /curl (\S+)/.exec(command)![1]!.replace(production, server.url);
  const headers = Object.fromEntries([...command.matchAll(/-H "([^:]+): ([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  return send(url, { headers: { ...headers, ...extraHeaders } });
}

const op = (key: string) => operations.find((o) => o.key === key)!;

describe("the seed's curl examples", () => {
  it('GET /me answers the seed’s user and account; with a key, the spec adds the key and its scope', async () => {
    const answer = await run(seedCurl.me);
    expect(answer.status).toBe(200);
    expect(schemaErrors(op('GET /me'), 200, answer.body)).toEqual([]);
    expect(answer.body).toEqual({ ...seedMe, key: { id: expect.stringMatching(/^key_[A-Za-z0-9]+$/), scope: 'admin' } });
  });

  it('GET /me answers exactly the seed’s body for the signed-in Console (the session cookie)', async () => {
    const answer = await run(seedCurl.me.replace(/-H "Authorization: [^"]*"/, '-H "Cookie: cantila_session=console"'));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(seedMe);
  });

  it('GET /projects acting as client-acme answers the project list', async () => {
    const answer = await run(seedCurl.projectsActingAs);
    expect(answer.status, answer.text).toBe(200);
    expect(schemaErrors(op('GET /projects'), 200, answer.body)).toEqual([]);
    expect(answer.body.data.length).toBeGreaterThan(0);
  });

  it('the same request acting as a sub-account the caller may not use is rejected with 403', async () => {
    const answer = await run(seedCurl.projectsActingAs.replace('client-acme', 'client-unknown'));
    expect(answer.status).toBe(403);
    expect(answer.body.error).toBe('forbidden');
  });

  it('GET /activity answers the audit log', async () => {
    const answer = await run(seedCurl.activity);
    expect(answer.status).toBe(200);
    expect(schemaErrors(op('GET /activity'), 200, answer.body)).toEqual([]);
  });

  it("a non-positive instance count is the seed's 422 validation error, naming instances", async () => {
    const answer = await send(
      `${server.url}/projects/web-shop/scale`,
      withJson('PATCH', { instances: 0 }, { authorization: 'Bearer sk_live_xxxx' }),
    );
    expect(answer.status).toBe(422);
    expect(errorShapeErrors(answer.body)).toEqual([]);
    expect(answer.body).toMatchObject({ error: 'validation', message: expect.stringMatching(/^instances /) });
    expect(answer.body.fields[0].field).toBe('instances');
  });
});
