/** The policy layer in front of Prism, seen from a frontend's fetch: base path, auth, scopes, act-as, errors, headers, Prefer. */
import { describe, expect, it } from 'vitest';
import { specVariant, useMock } from './support/mock.ts';
import { bearer, send, withJson, type Answer } from './support/http.ts';
import { exchange } from './support/raw.ts';
import { allowedHandles, errorShapeErrors, keyFor, operations, schemaErrors, statusesOf } from './support/spec.ts';

const server = useMock();
const at = (path: string): string => server.url.replace(/\/v1$/, '') + path;
const admin = keyFor('admin');
const newProject = { name: 'web-shop', region: 'fra1' };
const op = (key: string) => operations.find((o) => o.key === key)!;
/** The examples of `key`'s 200 response, as `Prefer: example=` names them. */
const examplesOf200 = (key: string) => op(key).responses.find((r) => r.status === '200')!.body!.examples;
const example200 = (key: string, name: string) => examplesOf200(key).find((e) => e.name === name)!.value;

function expectError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(errorShapeErrors(answer.body)).toEqual([]);
  expect(answer.body.error).toBe(code);
  expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));
}

describe('paths', () => {
  it('serves the API under /v1', async () => {
    const answer = await send(at('/v1/health'));
    expect(answer.status).toBe(200);
    expect(schemaErrors(op('GET /health'), 200, answer.body)).toEqual([]);
  });

  it('answers 404 in the Error shape outside /v1, naming the base', async () => {
    const answer = await send(at('/health'));
    expectError(answer, 404, 'not_found');
    expect(answer.body.message).toContain('/v1/');
  });

  it('answers 404 for a path the spec does not have', async () => {
    const answer = await send(at('/v1/projectz'), { headers: bearer(admin) });
    expectError(answer, 404, 'not_found');
    expect(answer.body.message).toContain('GET /v1/projectz');
  });

  it('answers 405 with Allow for a method the path does not have', async () => {
    const answer = await send(at('/v1/health'), { method: 'DELETE' });
    expectError(answer, 405, 'method_not_allowed');
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers HEAD like GET, without the body (curl -I, uptime monitors)', async () => {
    const get = await send(at('/v1/health'));
    const head = await send(at('/v1/health'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(head.headers.get('x-request-id')).toMatch(/^req_/);
    expect((await send(at('/v1/projects'), { method: 'HEAD' })).status).toBe(401);
    expect((await send(at('/v1/projects'), { method: 'HEAD', headers: bearer(keyFor('read')) })).status).toBe(200);
  });

  it("answers a browser's CORS preflight, echoing its origin so cookies can be sent", async () => {
    const answer = await send(at('/v1/projects'), {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-cantila-act-as',
      },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST');
    expect(answer.headers.get('access-control-allow-headers')).toBe('content-type, x-cantila-act-as');
  });
});

describe('authentication', () => {
  it('answers 401 without a credential', async () => {
    const answer = await send(at('/v1/projects'));
    expectError(answer, 401, 'unauthenticated');
    expect(answer.body.message).toMatch(/Missing credential/);
  });

  it.each([
    ['a Basic credential', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a bearer token that is not an sk_ key', { authorization: 'Bearer abc123' }],
    ['an empty bearer token', { authorization: 'Bearer ' }],
    ['an empty session cookie', { cookie: 'cantila_session=' }],
    ['a malformed Authorization next to a valid cookie', { authorization: 'Token x', cookie: 'cantila_session=abc' }],
  ])('answers 401 for %s', async (_, headers) => {
    const answer = await send(at('/v1/projects'), { headers });
    expectError(answer, 401, 'unauthenticated');
    expect(answer.body.message).toMatch(/Malformed credential/);
  });

  it.each([
    ['an API key', { authorization: `Bearer sk_live_${'a'.repeat(300)}` }, 'Credential too long: an API key has at most 200 characters.'],
    [
      'a session cookie',
      { cookie: `cantila_session=${'a'.repeat(5000)}` },
      'Credential too long: the cantila_session cookie has at most 4096 characters.',
    ],
  ])('answers 401 saying so for %s that is too long', async (_, headers, message) => {
    const answer = await send(at('/v1/projects'), { headers });
    expectError(answer, 401, 'unauthenticated');
    expect(answer.body.message).toBe(message);
  });

  it.each([
    ['any other sk_ key (the seed’s sk_live_ key)', { authorization: 'Bearer sk_live_xxxxxxxxxxxxxxxxxxxx' }],
    ['sk_test_admin_', bearer(admin)],
    ['the session cookie', { cookie: 'theme=dark; cantila_session=s3ss10n' }],
  ])('grants admin to %s', async (_, headers) => {
    const answer = await send(at('/v1/projects'), withJson('POST', newProject, headers));
    expect(answer.status, answer.text).toBe(201);
  });

  it('never echoes a key or a session cookie pasted into a path, a header, a body or Prefer', async () => {
    const answers = [
      await send(at('/v1/sk_live_PastedKey1a2b3c'), { headers: bearer(admin) }),
      await send(at('/v1/Bearer%20sk_live_PastedKey1a2b3c'), { headers: bearer(admin) }),
      await send(at('/v1/cantila_session=PastedKey1a2b3c'), { headers: bearer(admin) }),
      await send(at('/v1/projects/sk_live_PastedKey1a2b3c'), { method: 'PUT', headers: bearer(admin) }),
      await send(at('/v1/projects'), {
        method: 'POST',
        body: '{}',
        headers: bearer(admin, { 'content-type': 'text/sk_live_PastedKey1a2b3c' }),
      }),
      await send(at('/v1/projects'), withJson('POST', 'sk_live_PastedKey1a2b3c', bearer(admin))),
      await send(at('/v1/projects'), withJson('POST', { ...newProject, sk_live_PastedKey1a2b3c: 1 }, bearer(admin))),
      await send(at('/v1/me'), { headers: bearer(admin, { prefer: 'example=sk_live_PastedKey1a2b3c' }) }),
    ];
    for (const answer of answers) {
      expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
      expect(errorShapeErrors(answer.body)).toEqual([]);
      expect(answer.text).not.toMatch(/PastedKey1a2b3c/);
    }
    const preflight = await send(at('/v1/projects'), {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-sk_live_PastedKey1a2b3c',
      },
    });
    expect(preflight.status).toBe(204);
    expect(JSON.stringify([...preflight.headers])).not.toMatch(/PastedKey1a2b3c/);
    expect(answers[0]!.body.message).toBe('No route GET /v1/sk_…: the API reference lists every path.');
    expect(answers[3]!.body.message).toMatch(/^PUT is not allowed on \/v1\/projects\/sk_…; it answers GET, /);
  });

  it('never sends a credential back, in any answer', async () => {
    const secret = 'sk_test_read_DoNotEcho123';
    const answers = [
      await send(at('/v1/me'), { headers: bearer(secret) }),
      await send(at('/v1/projects'), withJson('POST', newProject, bearer(secret))),
      await send(at('/v1/projects'), withJson('POST', '{"name":', bearer(secret))),
      await send(at('/v1/projects'), { headers: { cookie: 'cantila_session=c00kieDoNotEcho' } }),
      await send(at('/v1/projects'), { headers: { authorization: 'Bearer not-a-key-DoNotEcho' } }),
    ];
    for (const answer of answers) {
      expect(answer.text + JSON.stringify([...answer.headers])).not.toMatch(/DoNotEcho/);
    }
  });
});

describe('scopes', () => {
  it.each([
    ['read', 'PATCH', '/v1/projects/web-shop', { name: 'shop' }, 'deploy'],
    ['deploy', 'POST', '/v1/projects', newProject, 'admin'],
    ['read', 'DELETE', '/v1/projects/web-shop', undefined, 'admin'],
  ])('refuses a %s key on %s %s with 403 naming the scope needed and the scope held', async (held, method, path, body, needed) => {
    const answer = await send(at(path), body ? withJson(method, body, bearer(keyFor(held))) : { method, headers: bearer(keyFor(held)) });
    expectError(answer, 403, 'forbidden');
    expect(answer.body.message).toBe(`This operation needs the ${needed} scope; the key has ${held}.`);
  });

  it('lets a higher scope do what a lower one may (read ⊂ deploy ⊂ admin)', async () => {
    expect((await send(at('/v1/projects'), { headers: bearer(keyFor('read')) })).status).toBe(200);
    expect((await send(at('/v1/projects'), { headers: bearer(keyFor('deploy')) })).status).toBe(200);
    expect((await send(at('/v1/projects/web-shop'), withJson('PATCH', { name: 'shop' }, bearer(keyFor('deploy'))))).status).toBe(200);
    expect((await send(at('/v1/projects/web-shop'), withJson('PATCH', { name: 'shop' }, bearer(admin)))).status).toBe(200);
  });
});

describe('act-as', () => {
  it('has handles to act as, from the GET /sub-accounts example', () => {
    expect(allowedHandles).toContain('client-acme');
  });

  it.each(allowedHandles)('lets the caller act as %s', async (handle) => {
    const answer = await send(at('/v1/projects'), { headers: bearer(admin, { 'x-cantila-act-as': handle }) });
    expect(answer.status, answer.text).toBe(200);
  });

  it('refuses any other well-formed handle with 403 naming it', async () => {
    const answer = await send(at('/v1/projects'), { headers: bearer(admin, { 'x-cantila-act-as': 'client-initech' }) });
    expectError(answer, 403, 'forbidden');
    expect(answer.body.message).toContain('client-initech');
  });

  it.each(['Client_Acme', '-acme', 'a'.repeat(41)])(
    'answers 403 for the malformed handle %s, as for any handle not yours (the seed)',
    async (handle) => {
      const answer = await send(at('/v1/projects'), { headers: bearer(admin, { 'x-cantila-act-as': handle }) });
      expectError(answer, 403, 'forbidden');
      expect(answer.body.message).toContain(`You may not act as ${handle}`);
    },
  );

  it('answers 422 naming the header for a value longer than any header it reads', async () => {
    const answer = await send(at('/v1/projects'), { headers: bearer(admin, { 'x-cantila-act-as': 'a'.repeat(256) }) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'X-Cantila-Act-As', message: 'must be at most 255 characters' }]);
  });

  it('is ignored by GET /health, which takes no act-as', async () => {
    expect((await send(at('/v1/health'), { headers: { 'x-cantila-act-as': 'NOT VALID' } })).status).toBe(200);
  });
});

describe('errors carry their real reason', () => {
  it('names each invalid field of a body in message and fields[], not the spec’s static 422 example', async () => {
    const answer = await send(at('/v1/projects'), withJson('POST', { name: 'Web Shop', colour: 'red' }, bearer(admin)));
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual(
      expect.arrayContaining([
        { field: 'region', message: 'is required' },
        { field: 'colour', message: 'is not a property this operation accepts' },
        { field: 'name', message: expect.stringMatching(/^must match pattern/) },
      ]),
    );
    expect(answer.body.message).toContain('region is required');
    expect(answer.body.message).not.toContain('instances');
  });

  it('names a nested body field by its dotted path', async () => {
    const answer = await send(
      at('/v1/projects'),
      withJson('POST', { ...newProject, source: { type: 'git', repo: 42, branch: 'main' } }, bearer(admin)),
    );
    expectError(answer, 422, 'validation');
    expect(answer.body.fields.map((f: { field: string }) => f.field)).toContain('source.repo');
  });

  it('names an invalid query parameter', async () => {
    const answer = await send(at('/v1/projects?limit=500'), { headers: bearer(admin) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'limit', message: 'must be <= 100' }]);
    expect(answer.body.message).toBe('limit must be <= 100');
  });

  it.each([
    [
      'an empty Idempotency-Key',
      'POST',
      '/v1/projects',
      { 'idempotency-key': '' },
      { field: 'Idempotency-Key', message: 'must NOT have fewer than 1 characters' },
    ],
    ['an empty cursor', 'GET', '/v1/projects?cursor=', {}, { field: 'cursor', message: 'must NOT have fewer than 1 characters' }],
    ['an empty limit', 'GET', '/v1/projects?limit=', {}, { field: 'limit', message: 'must be integer' }],
    ['limit given twice', 'GET', '/v1/projects?limit=1&limit=2', {}, { field: 'limit', message: 'was given twice; give it once' }],
  ])(
    'answers 422 naming the parameter for %s (Prism would take it for absent, or say "must be integer")',
    async (_, method, path, headers, field) => {
      const answer = await send(
        at(path),
        method === 'POST' ? withJson(method, newProject, bearer(admin, headers)) : { headers: bearer(admin, headers) },
      );
      expectError(answer, 422, 'validation');
      expect(answer.body.fields).toEqual([field]);
      expect(answer.body.message).toBe(`${field.field} ${field.message}`);
    },
  );

  it('answers 422 saying a header was sent twice, the act-as header or another', async () => {
    for (const [name, value] of [
      ['X-Cantila-Act-As', 'client-acme'],
      ['Idempotency-Key', 'k1'],
    ] as const) {
      const body = JSON.stringify(newProject);
      const answer = await exchange(
        server.url,
        `POST /v1/projects HTTP/1.1\r\nHost: mock\r\nAuthorization: Bearer ${admin}\r\n${name}: ${value}\r\n${name}: ${value}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      );
      expect(answer.status).toBe(422);
      expect(errorShapeErrors(answer.body)).toEqual([]);
      expect(answer.body.fields).toEqual([{ field: name, message: 'was sent twice; send it once' }]);
    }
  });

  it('names an invalid path parameter, also when it is not valid percent-encoding', async () => {
    for (const project of ['Not%20A%20Name', '%E0%A4%A']) {
      const answer = await send(at(`/v1/projects/${project}`), { headers: bearer(admin) });
      expectError(answer, 422, 'validation');
      expect(answer.body.fields[0].field).toBe('project');
    }
  });

  it('answers 422 when a required body is missing', async () => {
    const answer = await send(at('/v1/projects'), { method: 'POST', headers: bearer(admin) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'body', message: 'is required' }]);
  });

  it('answers 400 for malformed JSON, saying so', async () => {
    const answer = await send(at('/v1/projects'), withJson('POST', '{"name": "web-shop",', bearer(admin)));
    expectError(answer, 400, 'bad_request');
    expect(answer.body.message).toMatch(/^Request body is not valid JSON/);
  });

  it('answers 400 for a body that is not sent as JSON', async () => {
    const answer = await send(at('/v1/projects'), {
      method: 'POST',
      body: 'name=web-shop',
      headers: bearer(admin, { 'content-type': 'application/x-www-form-urlencoded' }),
    });
    expectError(answer, 400, 'bad_request');
    expect(answer.body.message).toContain('application/x-www-form-urlencoded');
  });
});

describe('headers on every response', () => {
  it('sends a fresh X-Request-Id and the RateLimit-* numbers, whatever the status', async () => {
    const answers = await Promise.all([
      send(at('/v1/health')),
      send(at('/v1/projects/web-shop'), { method: 'DELETE', headers: bearer(admin) }),
      send(at('/v1/projects')),
      send(at('/v1/nowhere')),
      send(at('/v1/health'), { method: 'PUT' }),
      send(at('/v1/projects?limit=0'), { headers: bearer(admin) }),
      send(at('/v1/projects'), { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' } }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 204, 401, 404, 405, 422, 204]);
    const ids = answers.map((a) => a.headers.get('x-request-id'));
    for (const [i, answer] of answers.entries()) {
      expect(ids[i]).toMatch(/^req_[A-Za-z0-9]+$/);
      for (const name of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) expect(answer.headers.get(name)).toMatch(/^\d+$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("counts a credential's requests down in RateLimit-Remaining", async () => {
    const key = `${keyFor('read')}counting`;
    const first = await send(at('/v1/projects'), { headers: bearer(key) });
    const second = await send(at('/v1/projects'), { headers: bearer(key) });
    expect(Number(first.headers.get('ratelimit-remaining'))).toBe(Number(first.headers.get('ratelimit-limit')) - 1);
    expect(Number(second.headers.get('ratelimit-remaining'))).toBe(Number(first.headers.get('ratelimit-remaining')) - 1);
  });

  it('exposes them to browser code (CORS)', async () => {
    const answer = await send(at('/v1/health'), { headers: { origin: 'http://localhost:3000' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(answer.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });
});

describe('GET /me reflects the credential', () => {
  it('names the key by a stable id, with its scope, and the handle acted as', async () => {
    const first = await send(at('/v1/me'), { headers: bearer(keyFor('deploy'), { 'x-cantila-act-as': 'client-acme' }) });
    const again = await send(at('/v1/me'), { headers: bearer(keyFor('deploy')) });
    const other = await send(at('/v1/me'), { headers: bearer(keyFor('read')) });
    expect(schemaErrors(op('GET /me'), 200, first.body)).toEqual([]);
    expect(first.body.key).toEqual({ id: expect.stringMatching(/^key_[A-Za-z0-9]+$/), scope: 'deploy' });
    expect(first.body.acting_as).toBe('client-acme');
    expect(again.body.key.id).toBe(first.body.key.id);
    expect(again.body).not.toHaveProperty('acting_as');
    expect(other.body.key).toEqual({ id: expect.not.stringMatching(first.body.key.id), scope: 'read' });
  });

  it('names no key for the session cookie', async () => {
    const answer = await send(at('/v1/me'), { headers: { cookie: 'cantila_session=abc' } });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toHaveProperty('key');
  });
});

describe("Prism's Prefer header", () => {
  it('code= answers the documented response for that status, with this request’s id', async () => {
    const answer = await send(at('/v1/projects/web-shop'), { headers: bearer(admin, { prefer: 'code=404' }) });
    expectError(answer, 404, 'not_found');
    expect(answer.body.message).toBe('No project web-shop in account your-handle.');
  });

  it('example= answers that named example as written', async () => {
    const answer = await send(at('/v1/me'), { headers: { cookie: 'cantila_session=abc', prefer: 'example=withKeyActingAs' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example200('GET /me', 'withKeyActingAs'));
  });

  it('code=429 answers a coherent refusal: nothing remaining, the window resetting when Retry-After says', async () => {
    const answer = await send(at('/v1/projects'), { headers: bearer(admin, { prefer: 'code=429' }) });
    expectError(answer, 429, 'rate_limited');
    const retryAfter = answer.headers.get('retry-after');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(answer.headers.get('ratelimit-remaining')).toBe('0');
    expect(answer.headers.get('ratelimit-reset')).toBe(retryAfter);
  });

  it("code=500 answers the spec's example, quoting this request's id where the example quotes one", async () => {
    const answer = await send(at('/v1/projects'), { headers: bearer(admin, { prefer: 'code=500' }) });
    expectError(answer, 500, 'internal');
    for (const id of answer.body.message.match(/req_[A-Za-z0-9]+/g) ?? []) expect(id).toBe(answer.body.request_id);
  });

  it('dynamic=true answers a generated body that still fits the schema', async () => {
    const answer = await send(at('/v1/projects'), { headers: bearer(admin, { prefer: 'dynamic=true' }) });
    expect(answer.status).toBe(200);
    expect(schemaErrors(op('GET /projects'), 200, answer.body)).toEqual([]);
  });

  it('answers 422 naming Prefer when it asks for a status the operation does not document', async () => {
    const answer = await send(at('/v1/projects'), { headers: bearer(admin, { prefer: 'code=418' }) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'Prefer', message: expect.stringContaining('418') }]);
  });

  it.each([
    ['/v1/me', 'GET /me'],
    ['/v1/health', 'GET /health'],
    ['/v1/projects/web-shop/deploys/dep_7Qm4Rt/logs', 'GET /projects/{project}/deploys/{deployId}/logs'],
  ])('answers 422 naming Prefer, not a 500, for an example the status does not have (%s)', async (path, key) => {
    const answer = await send(at(path), { headers: bearer(keyFor('read'), { prefer: 'code=200, example=nope' }) });
    expectError(answer, 422, 'validation');
    const names = examplesOf200(key)
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
      `code asks for a 418 response, which GET /projects does not document (it documents ${statusesOf(op('GET /projects')).join(', ')})`,
    ],
  ])('says plainly what is wrong with Prefer: %s', async (prefer, reason) => {
    const answer = await send(at('/v1/projects'), { headers: bearer(admin, { prefer }) });
    expectError(answer, 422, 'validation');
    expect(answer.body).toMatchObject({ message: `Prefer: ${reason}`, fields: [{ field: 'Prefer', message: reason }] });
  });

  it('names the query parameter when __code, __example or __dynamic is wrong', async () => {
    const answer = await send(at('/v1/me?__code=999&__dynamic=1&__dynamic=0'), { headers: bearer(admin) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([
      {
        field: '__code',
        message: `asks for a 999 response, which GET /me does not document (it documents ${statusesOf(op('GET /me')).join(', ')})`,
      },
      { field: '__dynamic', message: 'was given twice; give it once' },
    ]);
    expect(answer.body.message).toMatch(/^__code asks for a 999 response/);
  });

  it('keeps the query parameters working where no header can be set', async () => {
    const answer = await send(at('/v1/me?__example=withKeyActingAs'), { headers: bearer(admin) });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example200('GET /me', 'withKeyActingAs'));
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

describe('--dynamic --seed', () => {
  const seeded = useMock({ dynamic: true, seed: '7' });

  it('generates schema-valid bodies, the same for the same seed', async () => {
    const get = () => send(`${seeded.url}/projects/web-shop`, { headers: bearer(admin) });
    const [first, second] = [await get(), await get()];
    expect(schemaErrors(op('GET /projects/{project}'), 200, first.body)).toEqual([]);
    expect(second.body).toEqual(first.body);
    expect(first.body).not.toEqual(example200('GET /projects/{project}', 'default'));
  });
});
