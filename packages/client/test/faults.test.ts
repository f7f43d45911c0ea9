import { getEventListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  CantilaError,
  ConflictError,
  ConnectionError,
  createClient,
  defaultRetryStatuses,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  type ClientOptions,
} from '../src/index.ts';
import { apiError, json, raw, reset, stall, stallBody, startServer, type Reply, type TestServer } from './server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const health = json(200, { status: 'ok', version: '2026.11.3' }, { 'X-Request-Id': 'req_ok' });

/**
 * Runs `run`, then counts the timers it started that are still pending and hold the process open: each
 * keeps a script that is done from exiting until it fires. (fetch's own timers are unref'd: they do not.)
 */
async function timersLeftBy(run: () => Promise<unknown>): Promise<number> {
  const { setTimeout: set, clearTimeout: clear } = globalThis;
  const pending = new Set<unknown>();
  globalThis.setTimeout = ((fn: () => void, ms?: number) => {
    const timer = set(() => {
      pending.delete(timer);
      fn();
    }, ms);
    pending.add(timer);
    return timer;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((timer: Parameters<typeof clear>[0]) => {
    pending.delete(timer);
    clear(timer);
  }) as typeof clearTimeout;
  try {
    await run();
  } finally {
    Object.assign(globalThis, { setTimeout: set, clearTimeout: clear });
  }
  return [...pending].filter((timer) => (timer as NodeJS.Timeout).hasRef()).length;
}

/** The delays, in ms, of the retries the debug log announces. */
const retryDelays = (lines: string[]) => lines.flatMap((line) => /^cantila: retrying .* in (\d+) ms/.exec(line)?.[1] ?? []).map(Number);

async function serve(options: ClientOptions, ...replies: Reply[]) {
  server = await startServer(...replies);
  return {
    client: createClient({ apiKey: 'sk_test_faults', baseUrl: server.baseUrl, retryDelay: { initialDelay: 2, maxDelay: 10 }, ...options }),
    server,
  };
}

describe('one error class per status', () => {
  const cases: [number, string, typeof ApiError][] = [
    [400, 'bad_request', BadRequestError],
    [401, 'unauthenticated', AuthenticationError],
    [403, 'forbidden', PermissionDeniedError],
    [404, 'not_found', NotFoundError],
    [405, 'method_not_allowed', ApiError],
    [409, 'conflict', ConflictError],
    [422, 'validation', ValidationError],
    [429, 'rate_limited', RateLimitError],
    [500, 'internal', InternalServerError],
    [503, 'unavailable', InternalServerError],
  ];
  it.each(cases)('%i %s', async (status, code, ErrorClass) => {
    const { client } = await serve({ maxRetries: 0 }, apiError(status, code, `A ${code} happened.`));
    const { error } = await client.GET('/me');
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(CantilaError);
    expect(error).toMatchObject({ status, code, message: `A ${code} happened.`, requestId: `req_${status}`, name: ErrorClass.name });
  });
});

describe('retries', () => {
  it("waits out a 429's Retry-After, then succeeds", async () => {
    const { client, server } = await serve({}, apiError(429, 'rate_limited', 'Slow down.', {}, { 'Retry-After': '1' }), health);
    const started = Date.now();
    const { data, error } = await client.GET('/health');
    expect(error).toBeUndefined();
    expect(data?.status).toBe('ok');
    expect(server.received).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('does not sleep through a Retry-After longer than maxRetryAfter: returns the RateLimitError at once', async () => {
    const { client, server } = await serve(
      { retryDelay: { maxRetryAfter: 5_000 } },
      apiError(429, 'rate_limited', 'Slow down.', {}, { 'Retry-After': '120' }),
    );
    const started = Date.now();
    const { error } = await client.GET('/health');
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120);
    expect(server.received).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('leaves RateLimitError.retryAfter undefined when the 429 says no Retry-After', async () => {
    const { client } = await serve({ maxRetries: 0 }, apiError(429, 'rate_limited', 'Slow down.'));
    const { error } = await client.GET('/health');
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBeUndefined();
  });

  it('reads a Retry-After given as a date into RateLimitError.retryAfter, in seconds', async () => {
    const in90s = new Date(Date.now() + 90_000).toUTCString();
    const { client } = await serve({ maxRetries: 0 }, apiError(429, 'rate_limited', 'Slow down.', {}, { 'Retry-After': in90s }));
    const { error } = await client.GET('/health');
    expect((error as RateLimitError).retryAfter).toBeGreaterThanOrEqual(88);
    expect((error as RateLimitError).retryAfter).toBeLessThanOrEqual(90);
  });

  it('retries a 503 and returns the success', async () => {
    const { client, server } = await serve({}, apiError(503, 'unavailable', 'Try again.'), health);
    const { data, requestId } = await client.GET('/health');
    expect(data?.version).toBe('2026.11.3');
    expect(requestId).toBe('req_ok');
    expect(server.received).toHaveLength(2);
  });

  it.each(defaultRetryStatuses)('retries a %i', async (status) => {
    const { client, server } = await serve({}, raw(status, ''), health);
    expect((await client.GET('/health')).data?.status).toBe('ok');
    expect(server.received).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 422, 501])('does not retry a %i', async (status) => {
    const { client, server } = await serve({}, apiError(status, 'whatever', 'No.'), health);
    expect((await client.GET('/health')).error?.status).toBe(status);
    expect(server.received).toHaveLength(1);
  });

  /** Sends the status line, headers and part of the body, then drops the connection. */
  const dropped: Reply = (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
    res.write('{"status":', () => res.destroy());
  };

  it.each([
    ['before anything arrives', reset],
    ['half way through the body', dropped],
  ])('retries a connection dropped %s and returns the success', async (_, reply) => {
    const { client, server } = await serve({}, reply, health);
    const { data, error } = await client.GET('/health');
    expect(error).toBeUndefined();
    expect(data?.status).toBe('ok');
    expect(server.received).toHaveLength(2);
  });

  it('gives up after maxRetries (default 2: three attempts) with the last error', async () => {
    const { client, server } = await serve({}, apiError(503, 'unavailable', 'Down for maintenance.', {}, { 'X-Request-Id': 'req_last' }));
    const { error, requestId } = await client.GET('/health');
    expect(server.received).toHaveLength(3);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, code: 'unavailable', message: 'Down for maintenance.', requestId: 'req_last' });
    expect(requestId).toBe('req_last');
  });

  it('gives up on a connection that keeps resetting with a ConnectionError', async () => {
    const { client, server } = await serve({ maxRetries: 1 }, reset);
    const { error, response } = await client.GET('/health');
    expect(server.received).toHaveLength(2);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ status: undefined, code: 'connection_error', requestId: undefined });
    // The cause's code first, when its message does not say it: what to search for.
    expect(error?.message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/health failed before a complete response arrived: UND_ERR_SOCKET: other side closed\.$/,
    );
    expect(response).toBeUndefined();
  });

  it('reports a refused connection as a ConnectionError, caused by what fetch threw', async () => {
    const { client, server } = await serve({ maxRetries: 0 }, health);
    await server.close();
    const { error } = await client.GET('/health');
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error?.cause).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    // The cause's own message, which names its code already: not twice.
    expect(error?.message).toMatch(/ failed before a complete response arrived: connect ECONNREFUSED 127\.0\.0\.1:\d+\.$/);
  });

  it('honours maxRetries per request', async () => {
    const { client, server } = await serve({ maxRetries: 5 }, apiError(503, 'unavailable', 'Down.'));
    await client.GET('/health', { maxRetries: 1 });
    expect(server.received).toHaveLength(2);
  });

  it('backs off exponentially between attempts', async () => {
    const lines: string[] = [];
    const { client, server } = await serve(
      { maxRetries: 3, retryDelay: { initialDelay: 40, maxDelay: 1_000 }, debug: (line) => lines.push(line) },
      apiError(503, 'unavailable', 'Down.'),
    );
    const started = Date.now();
    await client.GET('/health');
    expect(server.received).toHaveLength(4);
    // 40, 80 and 160 ms, each minus at most 25% jitter.
    const delays = retryDelays(lines);
    expect(delays.map((delay, retry) => delay <= 40 * 2 ** retry && delay >= 30 * 2 ** retry)).toEqual([true, true, true]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(0.75 * 280);
  });

  it('waits 500 ms before the first retry unless told otherwise, within maxDelay', async () => {
    const lines: string[] = [];
    const { client } = await serve(
      { retryDelay: { maxDelay: 5 }, debug: (line) => lines.push(line) },
      apiError(503, 'unavailable', 'Down.'),
      health,
    );
    await client.GET('/health');
    expect(retryDelays(lines)).toEqual([expect.any(Number)]);
    expect(retryDelays(lines)[0]).toBeLessThanOrEqual(5);
  });

  it('tells the debug log what it sent, what came back or failed and how long each took, and each retry', async () => {
    const lines: string[] = [];
    const started = Date.now();
    const { client, server } = await serve({ debug: (line) => lines.push(line) }, apiError(503, 'unavailable', 'Down.'), reset, health);
    await client.GET('/health');
    const elapsed = Date.now() - started;
    const target = `GET ${server.baseUrl}/health`;
    expect(lines.filter((line) => !line.startsWith('cantila →')).map((line) => line.replace(/ \d+ ms/g, ' N ms'))).toEqual([
      `cantila ← 503 ${target} in N ms, request id req_503`,
      `cantila: retrying ${target} in N ms (retry 1 of 2)`,
      `cantila ✗ ${target} after N ms: ${target} failed before a complete response arrived: UND_ERR_SOCKET: other side closed.`,
      `cantila: retrying ${target} in N ms (retry 2 of 2)`,
      `cantila ← 200 ${target} in N ms, request id req_ok`,
    ]);
    // How long an attempt took, not a sum with the clock.
    const took = lines.flatMap((line) => / (?:in|after) (\d+) ms[,:]/.exec(line)?.[1] ?? []).map(Number);
    expect(took).toHaveLength(3);
    for (const ms of took) expect(ms).toBeLessThanOrEqual(elapsed);
  });

  it('retries within a total timeout while the wait fits in it', async () => {
    const { client, server } = await serve({ totalTimeout: 30_000 }, apiError(503, 'unavailable', 'Down.'), health);
    expect((await client.GET('/health')).data?.status).toBe('ok');
    expect(server.received).toHaveLength(2);
  });
});

describe('POST and idempotency', () => {
  it('retries a POST with the same generated Idempotency-Key on every attempt', async () => {
    const { client, server } = await serve({}, reset, apiError(503, 'unavailable', 'Try again.'), json(201, { id: 'prj_1' }));
    const { data } = await client.POST('/projects', { body: { name: 'web-shop', region: 'fra1' } });
    expect(data?.id).toBe('prj_1');
    const keys = server.received.map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.received.every((r) => r.body === '{"name":"web-shop","region":"fra1"}')).toBe(true);
  });

  it('does not retry a POST without an Idempotency-Key', async () => {
    const logs: string[] = [];
    const { client, server } = await serve(
      { debug: (line) => logs.push(line) },
      apiError(503, 'unavailable', 'Try again.'),
      json(201, { id: 'prj_1' }),
    );
    const { error } = await client.POST('/projects', { body: { name: 'web-shop', region: 'fra1' }, idempotencyKey: null });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.headers['idempotency-key']).toBeUndefined();
    expect(logs.join('\n')).toMatch(/not retrying POST .*: a POST without an Idempotency-Key could do the work twice/);
  });

  it('does not retry a POST without a key after a reset connection either', async () => {
    const { client, server } = await serve({}, reset, json(201, { id: 'prj_1' }));
    const { error } = await client.POST('/projects', { body: { name: 'web-shop', region: 'fra1' }, idempotencyKey: null });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.received).toHaveLength(1);
  });
});

describe('timeouts and cancellation', () => {
  it('times out a server that never answers, retrying first', async () => {
    // 250 ms: with 60 ms, a second attempt on a loaded machine (load 13 on 2 cores) sometimes timed out before its request arrived.
    const { client, server } = await serve({ timeout: 250, maxRetries: 1 }, stall);
    const started = Date.now();
    const { error } = await client.GET('/health');
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: 'timeout', status: undefined });
    expect(error?.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/v1\/health got no complete response within 250 ms\.$/);
    expect(server.received).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(495);
  });

  it('times out a body that stops half way', async () => {
    const { client } = await serve({ timeout: 80, maxRetries: 0 }, stallBody);
    const { error } = await client.GET('/health');
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("takes a per-request timeout over the client's", async () => {
    const { client } = await serve({ timeout: 10_000, maxRetries: 0 }, stall);
    const started = Date.now();
    const { error } = await client.GET('/health', { timeout: 50 });
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("rejects with the caller's abort reason when their signal aborts mid-request", async () => {
    const { client } = await serve({ timeout: 10_000 }, stall);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(client.GET('/health', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("rejects with the caller's abort reason mid-request when no retry is left too, rather than resolving with an error", async () => {
    const controller = new AbortController();
    const { client } = await serve({ timeout: 10_000, maxRetries: 0 }, () => controller.abort(new Error('user pressed cancel')));
    await expect(client.GET('/health', { signal: controller.signal })).rejects.toThrow('user pressed cancel');
  });

  it('stops waiting between retries when the caller aborts, leaving no listener and no timer behind', async () => {
    const { client, server } = await serve({ retryDelay: { initialDelay: 5_000 } }, apiError(503, 'unavailable', 'Down.'));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('user pressed cancel')), 100);
    const left = await timersLeftBy(() =>
      expect(client.GET('/health', { signal: controller.signal })).rejects.toThrow('user pressed cancel'),
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.received).toHaveLength(1);
    // A wait's timer left running would keep a script that gave up from exiting for the rest of the delay.
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(left).toBe(0);
  });

  it('does not start the wait when the caller aborts while it is decided (in shouldRetry)', async () => {
    const controller = new AbortController();
    const shouldRetry = () => {
      controller.abort(new Error('the job was cancelled'));
      return true;
    };
    // Were the wait started, the call would hang for its ten minutes.
    const { client, server } = await serve(
      { retryDelay: { initialDelay: 600_000, maxDelay: 600_000 }, retry: { shouldRetry } },
      apiError(503, 'unavailable', 'Down.'),
    );
    await expect(client.GET('/health', { signal: controller.signal })).rejects.toThrow('the job was cancelled');
    expect(server.received).toHaveLength(1);
  });

  it("leaves no listener on a signal the caller passes to many calls (a page's or a job's), retries and waits included, and no timer", async () => {
    // Each one left behind would keep its call in memory as long as the signal lives, and Node warns
    // of a leak (MaxListenersExceededWarning) from the eleventh on. A timeout's timer left running (30 s
    // by default) would keep a script from exiting when its work is done.
    const { client } = await serve({}, apiError(503, 'unavailable', 'Down.'), health);
    const controller = new AbortController();
    const calls = async () => {
      for (let call = 0; call < 3; call++) expect((await client.GET('/health', { signal: controller.signal })).data).toBeDefined();
    };
    expect(await timersLeftBy(calls)).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('sends nothing when the signal has already aborted', async () => {
    const { client, server } = await serve({}, health);
    await expect(client.GET('/health', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.received).toHaveLength(0);
  });
});

describe('a fetch that fails its own way (a wrapper, a polyfill)', () => {
  it.each([
    [
      'throws an Error at once, with no cause or code',
      () => {
        throw new Error('offline');
      },
    ],
    ['rejects with something that is not an Error', () => Promise.reject('offline')],
  ])('%s: a ConnectionError that says what it said, with middleware or without', async (_, fetch) => {
    const client = createClient({ apiKey: 'sk_test_faults', baseUrl: 'http://127.0.0.1:9/v1', maxRetries: 0, fetch: fetch as never });
    const message = 'GET http://127.0.0.1:9/v1/health failed before a complete response arrived: offline.';
    expect((await client.GET('/health')).error).toMatchObject({ name: 'ConnectionError', message });
    client.use({ onRequest: () => undefined });
    expect((await client.GET('/health')).error).toMatchObject({ name: 'ConnectionError', message });
  });

  it('rejects with the error of a request openapi-fetch cannot build (a body JSON cannot hold), sending nothing', async () => {
    const { client, server } = await serve({}, health);
    const body = { name: 'web-shop', region: 'fra1', replicas: 10n } as never;
    await expect(client.POST('/projects', { body })).rejects.toThrow(/BigInt/);
    expect(server.received).toHaveLength(0);
  });
});

describe('after a redirect', () => {
  const moved: Reply = (res) => {
    res.writeHead(307, { Location: '/v1/elsewhere' });
    res.end();
  };

  it('names the URL that answered in its messages', async () => {
    const { client, server } = await serve(
      { maxRetries: 0 },
      moved,
      raw(404, '<h1>Not Found</h1>', { 'Content-Type': 'text/html' }),
      moved,
      raw(200, '{"status":', { 'Content-Type': 'application/json' }),
    );
    expect((await client.GET('/health')).error?.message).toContain(`from GET ${server.baseUrl}/elsewhere; `);
    expect((await client.GET('/health')).error?.message).toContain(`200 from GET ${server.baseUrl}/elsewhere is not valid JSON (`);
  });

  it("keeps the response's URL, type and redirected, its body's length stated or not", async () => {
    const text = '{"status":"ok","version":"1"}';
    const { client, server } = await serve(
      {},
      moved,
      raw(200, text, { 'Content-Type': 'application/json' }),
      moved,
      raw(200, text, { 'Content-Type': 'application/json', 'Content-Length': String(text.length) }),
    );
    for (let call = 0; call < 2; call++) {
      const { data, response } = await client.GET('/health');
      expect([data?.status, response?.url, response?.type, response?.redirected]).toEqual([
        'ok',
        `${server.baseUrl}/elsewhere`,
        'basic',
        true,
      ]);
    }
  });
});

describe('bodies that are not Cantila errors', () => {
  it("turns a proxy's HTML 502 into an InternalServerError that says what arrived", async () => {
    const html =
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
    const { client } = await serve({ maxRetries: 0 }, raw(502, html, { 'Content-Type': 'text/html; charset=utf-8' }));
    const { error } = await client.GET('/me');
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, code: 'unavailable', body: undefined, requestId: undefined });
    expect(error?.message).toMatch(
      /^502 Bad Gateway from GET http:\/\/127\.0\.0\.1:\d+\/v1\/me; the body was not a Cantila error \(text\/html\): <html><head><title>502 Bad Gateway/,
    );
    // No Cantila body, so no documented reason: reading it, or printing the error as JSON, still works.
    expect(error instanceof ApiError && error.reason).toBeUndefined();
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ status: 502, code: 'unavailable' });
  });

  it.each([
    [501, 'internal', InternalServerError],
    [418, 'bad_request', ApiError],
  ])(
    'gives a %i, a status the API has no code for, with a body that is not a Cantila error, the code %s',
    async (status, code, ErrorClass) => {
      const { client } = await serve({ maxRetries: 0 }, raw(status, 'No.', { 'Content-Type': 'text/plain' }));
      const { error } = await client.GET('/me');
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status, code });
    },
  );

  it('names an empty body', async () => {
    const { client } = await serve({ maxRetries: 0 }, raw(500, ''), raw(404, '', { 'Content-Length': '0' }));
    const first = await client.GET('/me');
    expect(first.error).toBeInstanceOf(InternalServerError);
    expect(first.error).toMatchObject({ code: 'internal' });
    expect(first.error?.message).toMatch(/^500 Internal Server Error from GET .*\/v1\/me; the body was empty$/);
    const second = await client.GET('/projects/{project}', { params: { path: { project: 'x' } } });
    expect(second.error).toBeInstanceOf(NotFoundError);
    expect(second.error?.message).toMatch(/the body was empty/);
  });

  it('quotes broken JSON in an error response', async () => {
    const { client } = await serve({ maxRetries: 0 }, raw(400, '{"error": "bad_request", "mess', { 'Content-Type': 'application/json' }));
    const { error } = await client.POST('/projects', { body: { name: 'a', region: 'fra1' } });
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: 'bad_request', body: undefined });
    expect(error?.message).toContain('(application/json): {"error": "bad_request", "mess');
  });

  it('reports broken JSON in a 2xx as InvalidResponseError with the request id', async () => {
    const { client } = await serve({}, raw(200, '{"status": "ok",', { 'Content-Type': 'application/json', 'X-Request-Id': 'req_broken' }));
    const { data, error, requestId } = await client.GET('/health');
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, code: 'invalid_response', requestId: 'req_broken' });
    expect(error?.message).toMatch(/^200 from GET .*\/v1\/health is not valid JSON/);
    expect(error?.cause).toBeInstanceOf(SyntaxError);
    expect(requestId).toBe('req_broken');
  });

  it.each<[string, number, Record<string, unknown>, typeof ApiError, string]>([
    ['fields that are not a list', 422, { error: 'validation', message: 'Bad.', fields: 'notarray' }, ValidationError, 'validation'],
    [
      'fields whose entries are not {field, message}',
      422,
      { error: 'validation', message: 'Bad.', fields: [{ field: 1 }] },
      ValidationError,
      'validation',
    ],
    [
      'fields whose entry has no message',
      422,
      { error: 'validation', message: 'Bad.', fields: [{ field: 'name' }] },
      ValidationError,
      'validation',
    ],
    ['fields with a null entry', 422, { error: 'validation', message: 'Bad.', fields: [null] }, ValidationError, 'validation'],
    ['an error code the API does not have', 404, { error: 'teapot', message: 'I am a teapot.' }, NotFoundError, 'not_found'],
    ['an error code that is not a string', 409, { error: ['conflict'], message: 'Busy.' }, ConflictError, 'conflict'],
    ['an empty message', 409, { error: 'conflict', message: '' }, ConflictError, 'conflict'],
    ['no message', 403, { error: 'forbidden' }, PermissionDeniedError, 'forbidden'],
    ['a request_id that is not a string', 400, { error: 'bad_request', message: 'Bad.', request_id: 7 }, BadRequestError, 'bad_request'],
  ])(
    "does not take a body with %s for a Cantila error: the status's class, code and message",
    async (_, status, body, ErrorClass, code) => {
      const { client } = await serve({ maxRetries: 0 }, raw(status, JSON.stringify(body), { 'Content-Type': 'application/json' }));
      const { error } = await client.GET('/me');
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status, code, body: undefined, fields: [], requestId: undefined });
      expect(error?.message).toMatch(
        new RegExp(`^${status} [A-Za-z ]+ from GET .*/v1/me; the body was not a Cantila error \\(application/json\\): \\{"error":`),
      );
    },
  );

  it("keeps a Cantila error body's fields and request id, and caps a long message at 1,000 characters", async () => {
    const fields = [{ field: 'name', message: 'too long' }];
    const { client } = await serve(
      { maxRetries: 0 },
      raw(422, JSON.stringify({ error: 'validation', message: `Bad ${'x'.repeat(100_000)}`, request_id: 'req_long', fields }), {
        'Content-Type': 'application/json',
      }),
    );
    const { error } = await client.GET('/me');
    expect(error).toMatchObject({ code: 'validation', requestId: 'req_long', fields });
    expect(error?.message).toHaveLength(1_000);
    expect(error?.message).toMatch(/^Bad x+…$/);
  });

  it("keeps a Cantila error's message of exactly 1,000 characters whole", async () => {
    const message = `Bad ${'x'.repeat(996)}`;
    const { client } = await serve({ maxRetries: 0 }, apiError(422, 'validation', message));
    expect((await client.GET('/me')).error?.message).toBe(message);
  });

  it('names a body of only spaces and line breaks as empty', async () => {
    const { client } = await serve({ maxRetries: 0 }, raw(500, '  \n\t ', { 'Content-Type': 'text/plain' }));
    expect((await client.GET('/me')).error?.message).toMatch(/^500 Internal Server Error from GET .*\/v1\/me; the body was empty$/);
  });

  it('says so when a response has no status text (HTTP/2 has none) and no content type', async () => {
    const fetch = async () => new Response(new TextEncoder().encode('upstream timed out'), { status: 504 });
    const client = createClient({ apiKey: 'sk_test_faults', baseUrl: 'http://127.0.0.1:9/v1', maxRetries: 0, fetch });
    const { error } = await client.GET('/me');
    expect(error).toMatchObject({ status: 504, code: 'unavailable' });
    expect(error?.message).toBe(
      '504 from GET http://127.0.0.1:9/v1/me; the body was not a Cantila error (no content type): upstream timed out',
    );
  });

  it('shortens a long body in the message', async () => {
    const { client } = await serve({ maxRetries: 0 }, raw(500, 'x'.repeat(5_000), { 'Content-Type': 'text/plain' }));
    const { error } = await client.GET('/me');
    expect(error?.message.length).toBeLessThan(300);
    expect(error?.message.endsWith('…')).toBe(true);
  });

  it('quotes a body of exactly 120 characters whole, its line breaks and indents as single spaces', async () => {
    const body = `<p>\n    ${'y'.repeat(106)}\n</p>\n`;
    expect(body).toHaveLength(120);
    const { client } = await serve({ maxRetries: 0 }, raw(500, body, { 'Content-Type': 'text/html' }));
    const { error } = await client.GET('/me');
    expect(error?.message).toMatch(new RegExp(`the body was not a Cantila error \\(text/html\\): <p> ${'y'.repeat(106)} </p>$`));
  });
});

describe('the retry policy', () => {
  it('is one list, the one the README names', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const listed = /the statuses in `defaultRetryStatuses` \(([\d, and]+)\)/.exec(readme)?.[1];
    expect(listed?.split(/, | and /).map(Number)).toEqual([...defaultRetryStatuses]);
  });

  it('retries the statuses the caller lists instead', async () => {
    const { client, server } = await serve(
      { retry: { statuses: [409] } },
      apiError(409, 'conflict', 'Busy.'),
      apiError(503, 'unavailable', 'Down.'),
      health,
    );
    expect((await client.GET('/health')).error?.status).toBe(503);
    expect(server.received).toHaveLength(2);
  });

  it("asks the caller's shouldRetry, telling it the attempt and what the default rule says", async () => {
    const asked: [string, number, boolean][] = [];
    const { client, server } = await serve(
      {
        maxRetries: 5,
        retry: {
          shouldRetry: (error, { attempt, retryable }) => {
            asked.push([error.code, attempt, retryable]);
            return error.status === 404 || (retryable && attempt < 2);
          },
        },
      },
      apiError(404, 'not_found', 'Not yet.'),
      apiError(503, 'unavailable', 'Down.'),
      apiError(503, 'unavailable', 'Down.'),
      health,
    );
    expect((await client.GET('/health')).error?.status).toBe(503);
    expect(asked).toEqual([
      ['not_found', 1, false],
      ['unavailable', 2, true],
    ]);
    expect(server.received).toHaveLength(2);
  });

  it('never retries a POST without an Idempotency-Key, whatever shouldRetry says', async () => {
    const { client, server } = await serve({ retry: { shouldRetry: () => true } }, apiError(503, 'unavailable', 'Down.'), json(201, {}));
    const { error } = await client.POST('/projects', { body: { name: 'a', region: 'fra1' }, idempotencyKey: null });
    expect(error?.status).toBe(503);
    expect(server.received).toHaveLength(1);
  });
});
