import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  canCall,
  createClient,
  defaultBaseUrl,
  NotFoundError,
  PermissionDeniedError,
  requiredScope,
  ValidationError,
} from '../src/index.ts';
import { apiError, json, raw, serving, startServer, type TestServer } from './server.ts';

const project = {
  id: 'prj_9Xk2mA',
  name: 'web-shop',
  region: 'fra1',
  source: { type: 'git' },
  url: 'https://web-shop.cantila.app',
  live_deploy_id: null,
  created_at: '2026-11-28T09:00:00Z',
  updated_at: '2026-11-28T09:00:00Z',
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const serve = serving({});

describe('calls', () => {
  it('sends path parameters, query, body and JSON headers, and returns typed data with its request id', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_calls' }, json(201, project, { 'X-Request-Id': 'req_create1' }));
    const result = await client.POST('/projects', { body: { name: 'web-shop', region: 'fra1' } });
    expect(result.error).toBeUndefined();
    expect(result.data?.id).toBe('prj_9Xk2mA');
    expect(result.requestId).toBe('req_create1');
    expect(result.response?.status).toBe(201);
    const [request] = server.received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/projects');
    expect(JSON.parse(request?.body ?? '')).toEqual({ name: 'web-shop', region: 'fra1' });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
  });

  it('fills in path parameters and serialises the query, encoded', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_calls' }, json(200, { data: [], next_cursor: null }));
    await client.GET('/activity', { params: { query: { action: 'deploy.create', project: 'web shop', limit: 5 } } });
    await client.GET('/activity', { params: { query: { project: 'a/b&c=d' } } });
    await client.GET('/projects/{project}/deploys/{deployId}', { params: { path: { project: 'web-shop', deployId: 'dep_5Jc3Wb' } } });
    expect(server.received.map((r) => r.url)).toEqual([
      '/v1/activity?action=deploy.create&project=web%20shop&limit=5',
      '/v1/activity?project=a%2Fb%26c%3Dd',
      '/v1/projects/web-shop/deploys/dep_5Jc3Wb',
    ]);
  });

  it('resolves a 204 with no data', async () => {
    const { client } = await serve({ apiKey: 'sk_test_calls' }, raw(204, '', { 'X-Request-Id': 'req_del' }));
    const result = await client.DELETE('/projects/{project}', { params: { path: { project: 'web-shop' } } });
    expect(result.error).toBeUndefined();
    expect(result.data).toBeUndefined();
    expect(result.requestId).toBe('req_del');
  });

  it('returns API errors as typed errors carrying status, code, message, request id and fields', async () => {
    const fields = [{ field: 'name', message: 'must match ^[a-z0-9-]{1,40}$' }];
    const { client } = await serve(
      { apiKey: 'sk_test_calls' },
      apiError(422, 'validation', 'The request is invalid.', { fields }, { 'X-Request-Id': 'req_val' }),
    );
    const { data, error, requestId, response } = await client.POST('/projects', { body: { name: 'Web Shop', region: 'fra1' } });
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, code: 'validation', message: 'The request is invalid.', requestId: 'req_val', fields });
    expect(requestId).toBe('req_val');
    expect(response?.status).toBe(422);
  });

  it('takes the request id from the error body when the header is missing', async () => {
    const { client } = await serve(
      { apiKey: 'sk_test_calls' },
      raw(404, JSON.stringify({ error: 'not_found', message: 'No project named nope.', request_id: 'req_body' }), {
        'Content-Type': 'application/json',
      }),
    );
    const { error, requestId } = await client.GET('/projects/{project}', { params: { path: { project: 'nope' } } });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.requestId).toBe('req_body');
    expect(requestId).toBe('req_body');
  });

  it('throws the typed error in the throwing style and resolves {data, requestId} otherwise', async () => {
    const { client } = await serve(
      { apiKey: 'sk_test_calls' },
      json(200, project, { 'X-Request-Id': 'req_ok' }),
      apiError(404, 'not_found', 'No project named nope.'),
    );
    const { data, requestId } = await client.throwing.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } });
    expect(data.name).toBe('web-shop');
    expect(requestId).toBe('req_ok');
    const failure = client.throwing.GET('/projects/{project}', { params: { path: { project: 'nope' } } });
    await expect(failure).rejects.toBeInstanceOf(NotFoundError);
    await expect(failure).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
      message: 'No project named nope.',
      requestId: 'req_404',
    });
  });

  it('uses https://api.cantila.app/v1 unless told otherwise, and the fetch it is given', async () => {
    server = await startServer(json(200, { status: 'ok', version: '1' }));
    const local = server.origin;
    const seen: string[] = [];
    const client = createClient({
      auth: 'none',
      fetch: (request) => {
        seen.push(request.url);
        return fetch(new Request(request.url.replace('https://api.cantila.app', local), request));
      },
    });
    const { data } = await client.GET('/health');
    expect(defaultBaseUrl).toBe('https://api.cantila.app/v1');
    expect(seen).toEqual(['https://api.cantila.app/v1/health']);
    expect(data?.status).toBe('ok');
  });

  it('rejects with the TypeError of a request it cannot build (a baseUrl that is not a URL), instead of retrying it as a connection error', async () => {
    const client = createClient({ apiKey: 'sk_test_calls', baseUrl: 'api.cantila.app/v1' });
    await expect(client.GET('/me')).rejects.toThrow(TypeError);
    await expect(client.POST('/projects', { body: { name: 'a', region: 'fra1' } })).rejects.toThrow(/URL/);
  });
});

describe('auth', () => {
  it('sends an API key as a bearer token', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_bearer' }, json(200, {}));
    await client.GET('/me');
    expect(server.received[0]?.headers.authorization).toBe('Bearer sk_test_bearer');
  });

  it('refuses to run without a key outside a browser, so that an unset variable is not an unauthenticated client', () => {
    expect(() => createClient({ apiKey: process.env.CANTILA_TEST_UNSET_VARIABLE })).toThrow(
      /^createClient: no apiKey \(is CANTILA_API_KEY set\?\); pass an sk_… key, or auth: 'session' or 'none'\.$/,
    );
    expect(() => createClient()).toThrow(TypeError);
  });

  it("sends no key with auth: 'session' (a Cookie header set by the caller authenticates) or auth: 'none'", async () => {
    server = await startServer(json(200, {}));
    await createClient({ auth: 'session', baseUrl: server.baseUrl, headers: { Cookie: 'cantila_session=sess_node' } }).GET('/me');
    await createClient({ auth: 'none', baseUrl: server.baseUrl }).GET('/health');
    expect(server.received.map((r) => [r.headers.authorization, r.headers.cookie])).toEqual([
      [undefined, 'cantila_session=sess_node'],
      [undefined, undefined],
    ]);
  });

  it('refuses auth together with a key, or an auth it does not know', () => {
    expect(() => createClient({ apiKey: 'sk_test_both', auth: 'session' })).toThrow(/auth is 'session' or 'none', without apiKey/);
    expect(() => createClient({ auth: 'cookie' as 'session' })).toThrow(TypeError);
  });

  it('refuses an empty key', () => {
    expect(() => createClient({ apiKey: ' ' })).toThrow(/apiKey is empty/);
  });

  it('sends the key trimmed, as pasted with spaces or a line break around it', async () => {
    server = await startServer(json(200, {}));
    await createClient({ apiKey: '  sk_test_pasted\r\n', baseUrl: server.baseUrl }).GET('/me');
    expect(server.received[0]?.headers.authorization).toBe('Bearer sk_test_pasted');
  });

  it.each([
    ['a line break', 'sk_live_SECRET\nX'],
    ['a space', 'sk_live_SECRET X'],
    ['a control character', 'sk_live_SECRET\u0000'],
    ['a non-ASCII character', 'sk_live_SECRÉT'],
  ])('refuses a key with %s inside at once, without printing it', (_, apiKey) => {
    let error: unknown;
    try {
      createClient({ apiKey });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(
      /^createClient: apiKey has a space, a line break or a non-ASCII character; check how it was set\.$/,
    );
    expect(inspect(error)).not.toContain('SECR');
  });

  it('keeps the key out of the client when it is printed', () => {
    const client = createClient({ apiKey: 'sk_test_printme' });
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain('sk_test_printme');
    expect(JSON.stringify(client)).not.toContain('sk_test_printme');
  });
});

describe('act-as', () => {
  it('sends X-Cantila-Act-As from a derived client and leaves the original untouched', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_actas' }, json(200, {}));
    const acme = client.actAs('client-acme');
    await acme.GET('/me');
    await client.GET('/me');
    await acme.actAs('client-globex').GET('/me');
    expect(server.received.map((r) => r.headers['x-cantila-act-as'])).toEqual(['client-acme', undefined, 'client-globex']);
    expect(server.received.every((r) => r.headers.authorization === 'Bearer sk_test_actas')).toBe(true);
  });

  it('sends it on every request when set as a client option', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_actas', actAs: 'client-acme' }, json(200, { data: [], next_cursor: null }));
    await client.GET('/projects');
    await client.POST('/projects', { body: { name: 'a', region: 'fra1' } });
    expect(server.received.map((r) => r.headers['x-cantila-act-as'])).toEqual(['client-acme', 'client-acme']);
  });

  it('leaves it out of a request whose headers set it to null, with or without a generated Idempotency-Key', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_actas', actAs: 'client-acme' }, json(200, {}));
    await client.GET('/me', { headers: { 'X-Cantila-Act-As': null } });
    await client.POST('/projects', { body: { name: 'a', region: 'fra1' }, headers: { 'X-Cantila-Act-As': null } });
    expect(server.received.map((r) => r.headers['x-cantila-act-as'])).toEqual([undefined, undefined]);
    expect(server.received[1]?.headers['idempotency-key']).toBeDefined();
  });

  it('refuses something that is not a handle before sending anything', () => {
    const client = createClient({ apiKey: 'sk_test_actas' });
    expect(() => client.actAs('Client Acme')).toThrow(/'Client Acme' is not a sub-account handle like 'client-acme'/);
    expect(() => createClient({ actAs: '-acme' })).toThrow(TypeError);
    expect(() => createClient({ apiKey: 'sk_test_actas', actAs: null as unknown as string })).toThrow(
      /actAs: null is not a sub-account handle/,
    );
  });

  it('refuses actAs(undefined) (an unset variable) instead of acting in the agency account itself', () => {
    const client = createClient({ apiKey: 'sk_test_actas' });
    expect(() => client.actAs(process.env.CANTILA_TEST_UNSET_VARIABLE as string)).toThrow(
      /^actAs: undefined is not a sub-account handle like 'client-acme'/,
    );
    expect(() => client.actAs(42 as unknown as string)).toThrow(/actAs: 42 is not/);
    expect(() => client.actAs('')).toThrow(/actAs: '' is not/);
  });

  it('surfaces a handle the caller may not use as PermissionDeniedError', async () => {
    const { client } = await serve({ apiKey: 'sk_test_actas' }, apiError(403, 'forbidden', 'You may not act as client-other.'));
    const { error } = await client.actAs('client-other').GET('/me');
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error?.code).toBe('forbidden');
  });
});

describe('numeric options', () => {
  it.each([
    ['maxRetries', NaN],
    ['maxRetries', -1],
    ['maxRetries', 1.5],
    ['timeout', Infinity],
    ['timeout', 2 ** 31],
    ['timeout', 0],
    ['timeout', -1],
    ['timeout', NaN],
  ])('refuses %s: %s when the client is made, naming the option and the value', (name, value) => {
    expect(() => createClient({ apiKey: 'sk_test_numbers', [name]: value })).toThrow(
      new TypeError(`createClient: ${name} must be a whole number from ${name === 'timeout' ? 1 : 0} to 2147483647, not ${value}.`),
    );
  });

  it('refuses retryDelay values that are not whole numbers of ms, and anything that is not a number', () => {
    expect(() => createClient({ apiKey: 'sk_test_numbers', retryDelay: { maxDelay: Infinity } })).toThrow(
      /maxDelay must be a whole number from 0 to 2147483647, not Infinity/,
    );
    expect(() => createClient({ apiKey: 'sk_test_numbers', retryDelay: { initialDelay: -5 } })).toThrow(/initialDelay .* not -5/);
    expect(() => createClient({ apiKey: 'sk_test_numbers', timeout: '5000' as unknown as number })).toThrow(
      /timeout must be .* not string/,
    );
  });

  it('refuses them per request too, sending nothing', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_numbers' }, json(200, {}));
    await expect(client.GET('/me', { timeout: Infinity })).rejects.toThrow(
      new TypeError('GET /me: timeout must be a whole number from 1 to 2147483647, not Infinity.'),
    );
    await expect(client.POST('/projects', { body: { name: 'a', region: 'fra1' }, maxRetries: NaN })).rejects.toThrow(
      /^POST \/projects: maxRetries must be .* not NaN\.$/,
    );
    await expect(client.GET('/me', { totalTimeout: -1 })).rejects.toThrow(
      new TypeError('GET /me: totalTimeout must be a whole number from 1 to 2147483647, not -1.'),
    );
    expect(() => client.paginate('/projects', { maxPages: 0 })).toThrow(
      new TypeError('paginate /projects: maxPages must be a whole number from 1 to 2147483647, not 0.'),
    );
    expect(server.received).toHaveLength(0);
  });

  it('accepts the extremes: no retries, and the longest timeout a timer can hold', async () => {
    server = await startServer(json(200, {}));
    const client = createClient({
      apiKey: 'sk_test_numbers',
      baseUrl: server.baseUrl,
      maxRetries: 0,
      timeout: 2 ** 31 - 1,
      retryDelay: { initialDelay: 0, maxDelay: 0, maxRetryAfter: 0 },
    });
    expect((await client.GET('/me', { timeout: 2 ** 31 - 1 })).response?.status).toBe(200);
  });
});

describe('idempotency keys', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('generates a fresh key per call for operations that take one, and none for others', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_idem' }, json(201, project));
    await client.POST('/projects', { body: { name: 'a', region: 'fra1' } });
    await client.POST('/projects', { body: { name: 'b', region: 'fra1' } });
    await client.PATCH('/projects/{project}', { params: { path: { project: 'a' } }, body: { name: 'c' } });
    await client.PUT('/billing/plan', { body: { plan: 'team' } });
    expect(server.received.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      'POST /v1/projects {"name":"a","region":"fra1"}',
      'POST /v1/projects {"name":"b","region":"fra1"}',
      'PATCH /v1/projects/a {"name":"c"}',
      'PUT /v1/billing/plan {"plan":"team"}',
    ]);
    const [first, second, patch, put] = server.received.map((r) => r.headers['idempotency-key']);
    expect(first).toMatch(uuid);
    expect(second).toMatch(uuid);
    expect(first).not.toBe(second);
    expect([patch, put]).toEqual([undefined, undefined]);
  });

  it('adds the generated key to per-request headers in every form, keeping them', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_idem' }, json(201, project));
    const forms: HeadersInit[] = [new Headers({ 'X-Trace': 't1' }), [['X-Trace', 't1']], { 'X-Trace': 't1' }];
    for (const headers of forms) await client.POST('/projects', { body: { name: 'a', region: 'fra1' }, headers });
    expect(server.received).toHaveLength(3);
    for (const { headers } of server.received) {
      expect(headers['x-trace']).toBe('t1');
      expect(headers['idempotency-key']).toMatch(uuid);
    }
  });

  it('sends no key for an empty idempotencyKey (an unset variable read as ""), as for null, rather than an empty header', async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_idem' }, json(201, project));
    await client.POST('/projects', { body: { name: 'a', region: 'fra1' }, idempotencyKey: '' });
    expect(server.received[0]?.headers).not.toHaveProperty('idempotency-key');
  });

  it("sends the caller's own key instead, from the option or the header parameter", async () => {
    const { client, server } = await serve({ apiKey: 'sk_test_idem' }, json(201, project));
    await client.POST('/projects', { body: { name: 'a', region: 'fra1' }, idempotencyKey: 'order-42' });
    await client.POST('/projects', { body: { name: 'a', region: 'fra1' }, params: { header: { 'Idempotency-Key': 'order-43' } } });
    expect(server.received.map((r) => r.headers['idempotency-key'])).toEqual(['order-42', 'order-43']);
  });
});

describe('scopes', () => {
  it('names the scope each operation requires, from the spec', () => {
    expect(requiredScope('GET /projects')).toBe('read');
    expect(requiredScope('PATCH /projects/{project}')).toBe('deploy');
    expect(requiredScope('POST /projects')).toBe('admin');
    expect(requiredScope('GET /health')).toBeNull();
  });

  it('refuses an operation the spec does not have, saying how to write one', () => {
    expect(() => requiredScope('GET /projects/:id' as 'GET /projects')).toThrow(/unknown operation 'GET \/projects\/:id'.*'METHOD \/path'/);
  });

  it('applies the nesting read ⊂ deploy ⊂ admin', () => {
    expect(canCall('read', 'GET /projects')).toBe(true);
    expect(canCall('read', 'PATCH /projects/{project}')).toBe(false);
    expect(canCall('deploy', 'PATCH /projects/{project}')).toBe(true);
    expect(canCall('deploy', 'POST /projects')).toBe(false);
    expect(canCall('admin', 'POST /projects')).toBe(true);
    expect(canCall('read', 'GET /health')).toBe(true);
  });
});
