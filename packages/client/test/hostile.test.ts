// Hostile input and hostile responses (issue 14): what a careless caller or a broken or malicious
// server can hand the client, each against a real HTTP server on loopback.
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { createClient, InvalidResponseError, NotFoundError, ResponseTooLargeError, TimeoutError } from '../src/index.ts';
import { apiError, json, raw, type Reply, serving, stall } from './server.ts';

const serve = serving({ apiKey: 'sk_test_hostile' });

describe('path parameters', () => {
  it.each([
    ['..', 'DELETE /projects/web-shop/ — the project itself'],
    ['.', 'DELETE /projects/web-shop/env/'],
    ['', 'DELETE /projects/web-shop/env/'],
    ['%2e%2e', 'the same once the server decodes it'],
    ['A/../../x', 'another path'],
  ])('refuses %j before sending anything (it would reach %s)', async (key) => {
    const { client, server } = await serve({}, raw(204, ''));
    const call = client.DELETE('/projects/{project}/env/{key}', { params: { path: { project: 'web-shop', key } } });
    await expect(call).rejects.toThrow(TypeError);
    await expect(call).rejects.toThrow(
      /^DELETE \/projects\/\{project\}\/env\/\{key\}: path parameter key .* does not match \^\[A-Z_\]\[A-Z0-9_\]\*\$; nothing was sent\.$/,
    );
    expect(server.received).toHaveLength(0);
  });

  it('checks every path parameter of the path, a missing one and a non-string too, in both styles and when paginating', async () => {
    const { client, server } = await serve({}, json(200, { data: [], next_cursor: null }));
    const bad = [
      client.GET('/projects/{project}/deploys/{deployId}', { params: { path: { project: '..', deployId: 'dep_1' } } }),
      client.throwing.GET('/projects/{project}/deploys/{deployId}', { params: { path: { project: 'web-shop', deployId: '..' } } }),
      client.GET('/projects/{project}', { params: { path: {} } } as never),
      client.GET('/projects/{project}', { params: {} } as never),
      (client.GET as (path: string) => Promise<unknown>)('/projects/{project}'),
      client.GET('/projects/{project}', { params: { path: { project: 42 } } } as never),
      client.paginate('/projects/{project}/deploys', { params: { path: { project: '.' } } }).next(),
    ];
    const messages = await Promise.all(
      bad.map((call) =>
        call.then(
          () => 'sent',
          (error: Error) => `${error.name}: ${error.message}`,
        ),
      ),
    );
    expect(messages).toEqual([
      expect.stringMatching(/^TypeError: GET \/projects\/\{project\}\/deploys\/\{deployId\}: path parameter project '\.\.' does not match/),
      expect.stringMatching(
        /^TypeError: GET \/projects\/\{project\}\/deploys\/\{deployId\}: path parameter deployId '\.\.' does not match \^dep_/,
      ),
      expect.stringMatching(/^TypeError: GET \/projects\/\{project\}: path parameter project undefined does not match/),
      expect.stringMatching(/^TypeError: GET \/projects\/\{project\}: path parameter project undefined does not match/),
      expect.stringMatching(/^TypeError: GET \/projects\/\{project\}: path parameter project undefined does not match/),
      expect.stringMatching(/^TypeError: GET \/projects\/\{project\}: path parameter project 42 does not match/),
      expect.stringMatching(/^TypeError: GET \/projects\/\{project\}\/deploys: path parameter project '\.' does not match/),
    ]);
    expect(server.received).toHaveLength(0);
  });

  it('does not show a secret given as a path parameter', async () => {
    const { client } = await serve({}, raw(204, ''));
    const call = client.GET('/projects/{project}', { params: { path: { project: 'sk_live_Zq81nVfT3kLw9' } } });
    await expect(call).rejects.toThrow("path parameter project '[redacted]' does not match");
  });

  it('sends values that match', async () => {
    const { client, server } = await serve({}, raw(204, ''));
    await client.DELETE('/projects/{project}/env/{key}', { params: { path: { project: 'prj_9Xk2mA', key: 'DATABASE_URL' } } });
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual(['DELETE /v1/projects/prj_9Xk2mA/env/DATABASE_URL']);
  });
});

describe('response size', () => {
  /** Streams `chunk` with status `status`, chunked (no Content-Length), until the client hangs up. */
  const endless =
    (status: number): Reply =>
    (res) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': 'req_big' });
      res.write('{"data":"');
      const chunk = 'x'.repeat(64 * 1024);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    };

  it('refuses a Content-Length over the limit without reading the body, and does not retry', async () => {
    // The default limit is 10 MiB: the header says one byte more, and the body never comes.
    const { client, server } = await serve({}, (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(10 * 1024 * 1024 + 1), 'X-Request-Id': 'req_big' });
      res.write('{');
    });
    const { error, requestId } = await client.GET('/projects');
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: 'response_too_large', status: 200, requestId: 'req_big' });
    expect(error?.message).toBe(`200 from GET ${server.baseUrl}/projects is larger than maxResponseSize (10485760 bytes).`);
    expect(requestId).toBe('req_big');
    expect(server.received).toHaveLength(1);
  });

  it.each([200, 503])('counts a body without Content-Length (%i) while reading and stops at the limit', async (status) => {
    const { client, server } = await serve({ maxResponseSize: 100_000 }, endless(status));
    const { error } = await client.GET('/projects');
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error?.message).toBe(`${status} from GET ${server.baseUrl}/projects is larger than maxResponseSize (100000 bytes).`);
    expect(server.received).toHaveLength(1);
  });

  it('counts the decompressed body of a gzip bomb, whose Content-Length is small', async () => {
    const bomb = gzipSync(`{"data":"${'x'.repeat(5_000_000)}"}`);
    const { client } = await serve({ maxResponseSize: 1_000_000 }, (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': bomb.length });
      res.end(bomb);
    });
    expect(bomb.length).toBeLessThan(10_000);
    const { error } = await client.GET('/projects');
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('keeps the response whole when it counts it: status, headers and URL', async () => {
    const { client, server } = await serve({}, (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'X-Request-Id': 'req_gz' });
      res.end(gzipSync('{"status":"ok","version":"1"}'));
    });
    const { data, response, requestId } = await client.GET('/health');
    expect(data).toEqual({ status: 'ok', version: '1' });
    expect([response?.status, response?.url, response?.headers.get('content-type'), requestId]).toEqual([
      200,
      `${server.baseUrl}/health`,
      'application/json',
      'req_gz',
    ]);
  });

  it('reads a body up to the limit, its length stated or not', async () => {
    const body = { data: [{ id: 'prj_1', name: 'x'.repeat(500) }], next_cursor: null };
    const text = JSON.stringify(body);
    const { client } = await serve(
      { maxResponseSize: text.length },
      json(200, body),
      raw(200, text),
      raw(200, text, { 'Content-Type': 'application/json', 'Content-Length': String(text.length) }),
    );
    for (let call = 0; call < 3; call++) expect((await client.GET('/projects')).data).toEqual(body);
  });

  it("refuses a Content-Length over the limit even on a response without a body (a custom fetch's)", async () => {
    const fetch = async () => new Response(null, { status: 200, headers: { 'Content-Length': '1000001' } });
    const client = createClient({ apiKey: 'sk_test_hostile', baseUrl: 'http://127.0.0.1:9/v1', maxResponseSize: 1_000_000, fetch });
    expect((await client.GET('/projects')).error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('is an option checked like the others', () => {
    expect(() => createClient({ apiKey: 'sk_test_x', maxResponseSize: 0 })).toThrow(
      'createClient: maxResponseSize must be a whole number from 1 to 2147483647, not 0.',
    );
  });
});

describe('an empty success where the spec promises JSON', () => {
  it.each([
    ['Content-Length: 0', raw(200, '', { 'Content-Type': 'application/json', 'Content-Length': '0', 'X-Request-Id': 'req_empty' })],
    ['no body, no type', raw(200, '', { 'X-Request-Id': 'req_empty' })],
  ])('is an InvalidResponseError (%s)', async (_, reply) => {
    const { client, server } = await serve({}, reply);
    const { data, error, requestId } = await client.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } });
    expect(data).toBeUndefined();
    expect(requestId).toBe('req_empty');
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: 'invalid_response', status: 200, requestId: 'req_empty' });
    expect(error?.message).toBe(`200 from GET ${server.baseUrl}/projects/web-shop is not valid JSON (the body is empty).`);
    await expect(client.throwing.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } })).rejects.toThrow(
      InvalidResponseError,
    );
  });

  it('is fine for a 204, which promises nothing', async () => {
    const { client } = await serve({}, raw(204, ''));
    const { data, error } = await client.DELETE('/projects/{project}', { params: { path: { project: 'web-shop' } } });
    expect({ data, error }).toEqual({ data: undefined, error: undefined });
  });

  /** A client whose fetch answers every request with `respond()`. */
  const answering = (respond: () => Response) =>
    createClient({ apiKey: 'sk_test_hostile', baseUrl: 'http://127.0.0.1:9/v1', maxRetries: 0, fetch: async () => respond() });
  /** A response with `status` and an empty body stream, as a browser hands out a 204 or 205 (`new Response` refuses to make one). */
  const emptyStream = (status: number) => Object.defineProperty(new Response(new Uint8Array(0)), 'status', { value: status });

  it('is fine for a 204 as a browser gives it, with an empty body stream', async () => {
    const { data, error } = await answering(() => emptyStream(204)).DELETE('/projects/{project}', {
      params: { path: { project: 'web-shop' } },
    });
    expect({ data, error }).toEqual({ data: undefined, error: undefined });
  });

  it.each([
    ['a 205 as a browser gives it, with an empty body stream', () => emptyStream(205)],
    ["a 200 with no body at all (a custom fetch's new Response(null))", () => new Response(null, { status: 200 })],
  ])('is an InvalidResponseError for %s', async (_, respond) => {
    const { error } = await answering(respond).GET('/projects/{project}', { params: { path: { project: 'web-shop' } } });
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error?.message).toMatch(
      /^20[05] from GET http:\/\/127\.0\.0\.1:9\/v1\/projects\/web-shop is not valid JSON \(the body is empty\)\.$/,
    );
  });
});

describe('headers in every HeadersInit form', () => {
  const forms: [string, HeadersInit][] = [
    ['a Headers', new Headers({ 'X-Trace': 't1', 'Idempotency-Key': 'mine-1' })],
    [
      '[name, value][]',
      [
        ['X-Trace', 't1'],
        ['Idempotency-Key', 'mine-1'],
      ],
    ],
    ['a record', { 'X-Trace': 't1', 'Idempotency-Key': 'mine-1' }],
  ];

  it.each(forms)('sends per-request headers given as %s, keeping the caller’s Idempotency-Key', async (_, headers) => {
    const { client, server } = await serve({}, json(201, {}), apiError(503, 'unavailable', 'Busy.'), json(201, {}));
    await client.POST('/projects', { body: { name: 'a', region: 'fra1' }, headers });
    await client.POST('/projects', { body: { name: 'a', region: 'fra1' }, headers });
    for (const { headers: sent } of server.received) {
      expect(sent['x-trace']).toBe('t1');
      expect(sent['idempotency-key']).toBe('mine-1');
      expect(sent['0']).toBeUndefined();
    }
    expect(server.received).toHaveLength(3);
  });

  it.each(forms)('sends client headers given as %s on every request', async (_, headers) => {
    const { client, server } = await serve({ headers }, json(200, {}));
    await client.GET('/me');
    expect(server.received[0]?.headers).toMatchObject({ 'x-trace': 't1', authorization: 'Bearer sk_test_hostile' });
    expect(server.received[0]?.headers['0']).toBeUndefined();
  });

  it('lets no client header replace the credential', async () => {
    const { client, server } = await serve({ headers: [['Authorization', 'Bearer sk_other']] }, json(200, {}));
    await client.GET('/me');
    expect(server.received[0]?.headers.authorization).toBe('Bearer sk_test_hostile');
  });
});

describe('request ids', () => {
  it('are redacted like every other field, from the header and from the body', async () => {
    const { client } = await serve(
      { maxRetries: 0 },
      json(200, {}, { 'X-Request-Id': 'sk_live_Zq81nVfT3kLw9' }),
      raw(404, JSON.stringify({ error: 'not_found', message: 'No.', request_id: 'cantila_session=sess_Hq2mX8pLzR' }), {
        'Content-Type': 'application/json',
      }),
    );
    expect((await client.GET('/me')).requestId).toBe('[redacted]');
    const { error, requestId } = await client.GET('/me');
    expect(error).toBeInstanceOf(NotFoundError);
    expect([requestId, error?.requestId, (error as NotFoundError).body?.request_id]).toEqual([
      'cantila_session=[redacted]',
      'cantila_session=[redacted]',
      'cantila_session=[redacted]',
    ]);
  });
});

describe('the total timeout', () => {
  it('ends a call whose attempts each stay within their own timeout', async () => {
    const { client, server } = await serve({ timeout: 20_000, maxRetries: 5, totalTimeout: 300 }, stall);
    const { error } = await client.GET('/me');
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error?.message).toBe(`GET ${server.baseUrl}/me got no complete response within the total timeout of 300 ms.`);
    expect(server.received).toHaveLength(1);
  });

  it('does not start a wait that would outlast it: returns the last error', async () => {
    const { client, server } = await serve({ totalTimeout: 1_000 }, apiError(503, 'unavailable', 'Busy.', {}, { 'Retry-After': '5' }));
    const { error } = await client.GET('/me', { totalTimeout: 500 });
    expect(error?.status).toBe(503);
    expect(server.received).toHaveLength(1);
  });

  it('does not start a wait that would end just as it does (the clock held still): the next attempt would have no time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { client, server } = await serve({}, apiError(503, 'unavailable', 'Busy.', {}, { 'Retry-After': '1' }));
      const { error } = await client.GET('/me', { totalTimeout: 1_000 });
      expect(error?.status).toBe(503);
      expect(server.received).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is checked like the other times', () => {
    expect(() => createClient({ apiKey: 'sk_test_x', totalTimeout: Number.NaN })).toThrow(
      'createClient: totalTimeout must be a whole number from 1 to 2147483647, not NaN.',
    );
  });
});

describe('pagination', () => {
  /** A server that hands out a fresh cursor with an empty page, forever. */
  const emptyForever: Reply = (res, req) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ data: [], next_cursor: `c${req.url.length}${Math.random()}` }));
  };

  it('stops after maxPages pages with an InvalidResponseError', async () => {
    const { client, server } = await serve({}, emptyForever);
    const pages = client.paginate('/projects', { maxPages: 5 });
    const error = await pages.next().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({
      message: 'GET /projects stopped after 5 pages (maxPages).',
      status: 200,
    });
    expect(server.received).toHaveLength(5);
  });

  it('stops after 1,000 pages by default', async () => {
    const { client, server } = await serve({}, emptyForever);
    await expect(client.paginate('/projects').next()).rejects.toThrow(/stopped after 1000 pages \(maxPages\)/);
    expect(server.received).toHaveLength(1_000);
  }, 30_000);
});
