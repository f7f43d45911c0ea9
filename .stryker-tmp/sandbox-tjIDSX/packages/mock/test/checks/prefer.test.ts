/** The Prefer check (checks/prefer.ts) and what Prism makes of a preference. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect.ts';
import { bearer, send } from '../support/http.ts';
import { specVariant, useMock } from '../support/mock.ts';
import { adminKey, exampleOf, examplesOf, keyFor, model, schemaErrors, statusesOf } from '../support/spec.ts';

// The checks apart from the state store (tested in stateful.test.ts): the examples answer.
const server = useMock({ stateless: true });

describe("Prism's Prefer header", () => {
  it('code= answers the documented response for that status, with this request’s id', async () => {
    const answer = await send(server.at('/v1/projects/web-shop'), { headers: bearer(adminKey, { prefer: 'code=404' }) });
    expectError(answer, 404, 'not_found');
    expect(answer.body.message).toBe('No project web-shop in account your-handle.');
  });

  it('example= answers that named example as written', async () => {
    const answer = await send(server.at('/v1/me'), { headers: { cookie: 'cantila_session=abc', prefer: 'example=withKeyActingAs' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(exampleOf('GET /me', 'withKeyActingAs'));
  });

  it('code=429 answers a coherent refusal: nothing remaining, the window resetting when Retry-After says', async () => {
    const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { prefer: 'code=429' }) });
    expectError(answer, 429, 'rate_limited');
    const retryAfter = answer.headers.get('retry-after');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(answer.headers.get('ratelimit-remaining')).toBe('0');
    expect(answer.headers.get('ratelimit-reset')).toBe(retryAfter);
  });

  it("code=500 answers the spec's example, quoting this request's id where the example quotes one", async () => {
    const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { prefer: 'code=500' }) });
    expectError(answer, 500, 'internal');
    for (const id of answer.body.message.match(/req_[A-Za-z0-9]+/g) ?? []) expect(id).toBe(answer.body.request_id);
  });

  it('dynamic=true answers a generated body that still fits the schema', async () => {
    const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { prefer: 'dynamic=true' }) });
    expect(answer.status).toBe(200);
    expect(schemaErrors(model.operation('GET /projects')!, 200, answer.body)).toEqual([]);
  });

  it('answers 422 naming Prefer when it asks for a status the operation does not document', async () => {
    const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { prefer: 'code=418' }) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'Prefer', message: expect.stringContaining('418') }]);
  });

  it.each([
    ['/v1/me', 'GET /me'],
    ['/v1/health', 'GET /health'],
    ['/v1/projects/web-shop/deploys/dep_7Qm4Rt/logs', 'GET /projects/{project}/deploys/{deployId}/logs'],
  ])('answers 422 naming Prefer, not a 500, for an example the status does not have (%s)', async (path, key) => {
    const answer = await send(server.at(path), { headers: bearer(keyFor('read'), { prefer: 'code=200, example=nope' }) });
    expectError(answer, 422, 'validation');
    const names = examplesOf(key)
      .map((e) => e.name)
      .join(', ');
    const reason = `example asks for the example "nope", which the 200 response of ${key} does not have (it has ${names})`;
    expect(answer.body).toMatchObject({ message: `Prefer: ${reason}`, fields: [{ field: 'Prefer', message: reason }] });
  });

  it.each([
    ['code=abc', 'code must be a three-digit status such as 404, not "abc"'],
    ['code=', 'code must be a three-digit status such as 404, not empty'],
    ['example=', 'example must name an example'],
    ['dynamic=maybe', 'dynamic must be true or false, not "maybe"'],
    [
      'code=418, example=nope',
      `code asks for a 418 response, which GET /projects does not document (it documents ${statusesOf(model.operation('GET /projects')!).join(', ')})`,
    ],
  ])('says plainly what is wrong with Prefer: %s', async (prefer, reason) => {
    const answer = await send(server.at('/v1/projects'), { headers: bearer(adminKey, { prefer }) });
    expectError(answer, 422, 'validation');
    expect(answer.body).toMatchObject({ message: `Prefer: ${reason}`, fields: [{ field: 'Prefer', message: reason }] });
  });

  it('names the query parameter when __code, __example or __dynamic is wrong', async () => {
    const answer = await send(server.at('/v1/me?__code=999&__dynamic=1&__dynamic=0'), { headers: bearer(adminKey) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([
      {
        field: '__code',
        message: `asks for a 999 response, which GET /me does not document (it documents ${statusesOf(model.operation('GET /me')!).join(', ')})`,
      },
      { field: '__dynamic', message: 'was given twice; give it once' },
    ]);
    expect(answer.body.message).toMatch(/^__code asks for a 999 response/);
  });

  it('keeps the query parameters working where no header can be set', async () => {
    const answer = await send(server.at('/v1/me?__example=withKeyActingAs'), { headers: bearer(adminKey) });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(exampleOf('GET /me', 'withKeyActingAs'));
  });
});

describe('a preference Prism cannot follow', () => {
  // GET /health's 200 without a schema: an example to answer, nothing to generate from.
  const schemaless = useMock({
    specPath: specVariant((spec) => delete spec.paths['/health'].get.responses['200'].content['application/json'].schema),
  });

  it('answers 422 naming Prefer with the reason, not a 500', async () => {
    expect((await send(`${schemaless.url}/health`)).status).toBe(200);
    const answer = await send(`${schemaless.url}/health`, { headers: { prefer: 'dynamic=true' } });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([
      { field: 'Prefer', message: expect.stringMatching(/^cannot be followed by GET \/health: .*schema is not defined/) },
    ]);
    expect(answer.body.message).not.toMatch(/https?:/);
  });
});
