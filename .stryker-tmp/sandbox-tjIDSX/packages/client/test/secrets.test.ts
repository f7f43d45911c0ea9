// @ts-nocheck
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { type ApiError, createClient, type CantilaError } from '../src/index.ts';
import { raw, reset, stall, startServer, type Reply, type TestServer } from './server.ts';

const key = 'sk_live_Zq81nVfT3kLw9';
const session = 'sess_Hq2mX8pLzR';
const secrets = [key, session, 'Zq81nVfT3kLw9', 'Hq2mX8pLzR'];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A careless server (or proxy) that echoes the request's credentials back in every way it can. */
const echo =
  (status: number, format: 'json' | 'html'): Reply =>
  (res, req) => {
    const credentials = `authorization=${req.headers.authorization} cookie=${req.headers.cookie}`;
    if (format === 'json') {
      res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': 'req_echo', 'X-Echo': credentials });
      res.end(JSON.stringify({ error: 'unauthenticated', message: `Rejected ${credentials}`, request_id: 'req_echo' }));
    } else {
      res.writeHead(status, { 'Content-Type': 'text/html', 'X-Echo': credentials });
      res.end(`<html><body>Rejected ${credentials}</body></html>`);
    }
  };

it('never puts the key or the session cookie in an error message or a log line', async () => {
  server = await startServer(
    echo(401, 'json'),
    echo(502, 'html'),
    echo(502, 'html'),
    raw(200, `{"broken": "${key}`, { 'Content-Type': 'application/json' }),
    reset,
    stall,
  );
  const lines: string[] = [];
  const client = createClient({
    apiKey: key,
    baseUrl: server.baseUrl,
    headers: { Cookie: `theme=dark; cantila_session=${session}` },
    debug: (line) => lines.push(line),
    // Long enough for a process's first request on a loaded machine (100 ms timed out there); only the last call stalls.
    timeout: 1_000,
    maxRetries: 1,
    retryDelay: { initialDelay: 1 },
  });
  const errors: CantilaError[] = [];
  for (let i = 0; i < 4; i++) {
    const { error } = await client.actAs('client-acme').GET('/me');
    if (error) errors.push(error);
  }
  // The server saw the credentials, so the echo is real.
  expect(server.received[0]?.headers.authorization).toBe(`Bearer ${key}`);
  expect(server.received[0]?.headers.cookie).toContain(session);
  expect(errors.map((e) => e.name)).toEqual(['AuthenticationError', 'InternalServerError', 'InvalidResponseError', 'TimeoutError']);
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.some((line) => line.includes('authorization: [redacted]') && line.includes('cookie: [redacted]'))).toBe(true);
  const printed = [...lines, ...errors.flatMap((e) => [e.message, String(e), e.stack ?? ''])].join('\n');
  for (const secret of secrets) expect(printed).not.toContain(secret);
  expect(errors[0]?.message).toBe('Rejected authorization=Bearer [redacted] cookie=theme=dark; cantila_session=[redacted]');
});

it('logs to console.debug with debug: true, redacted too', async () => {
  server = await startServer(raw(200, '{}', { 'Content-Type': 'application/json' }));
  const original = console.debug;
  const lines: unknown[] = [];
  console.debug = (...args: unknown[]) => void lines.push(...args);
  try {
    await createClient({ apiKey: key, baseUrl: server.baseUrl, debug: true }).GET('/me');
  } finally {
    console.debug = original;
  }
  expect(lines.join('\n')).not.toContain(key);
  expect(lines).toContainEqual(
    expect.stringMatching(/^cantila → GET http:\/\/127\.0\.0\.1:\d+\/v1\/me \(attempt 1\) .*authorization: \[redacted\]/),
  );
  expect(lines).toContainEqual(expect.stringMatching(/^cantila ← 200 GET http:\/\/127\.0\.0\.1:\d+\/v1\/me in \d+ ms, request id none$/));
});

it('logs nothing unless asked', async () => {
  server = await startServer(raw(503, ''), raw(200, '{}', { 'Content-Type': 'application/json' }));
  const calls: unknown[] = [];
  const spies = (['debug', 'log', 'info', 'warn', 'error'] as const).map((level) => {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      calls.push(args);
    };
    return () => {
      console[level] = original;
    };
  });
  try {
    await createClient({ apiKey: key, baseUrl: server.baseUrl, retryDelay: { initialDelay: 1 } }).GET('/me');
  } finally {
    for (const restore of spies) restore();
  }
  expect(calls).toEqual([]);
});

/** What `console.error(...args)` writes in Node, through a console of its own. */
function consoleError(...args: unknown[]): string {
  let out = '';
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      out += chunk.toString();
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).error(...args);
  return out;
}

const codes: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  422: 'validation',
  429: 'rate_limited',
  500: 'internal',
};

/**
 * A careless server that answers `/v1/projects/{project}` (or `/v1/activity?project=…`) by the project's name: with a Cantila error
 * echoing the credentials in every string (and a Set-Cookie) for a status, a 200 whose broken JSON
 * quotes the key, a reset connection or silence.
 */
const leaky: Reply = (res, req) => {
  const project = decodeURIComponent(req.url.split(/[/=]/)[3] ?? '');
  const status = Number(project);
  if (project.startsWith('reset')) return reset(res, req);
  if (project.startsWith('stall')) return stall(res, req);
  if (project === 'broken')
    return raw(200, `{"key": ${key}}`, { 'Content-Type': 'application/json', 'X-Request-Id': 'req_broken' })(res, req);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'X-Request-Id': `req_${status}`,
    'Set-Cookie': `cantila_session=${session}; Path=/; HttpOnly`,
    'X-Echo': `${req.headers.authorization}`,
  });
  const field = { field: `Bearer ${key}`, message: `${req.headers.cookie} is not allowed` };
  res.end(
    JSON.stringify({
      error: codes[status],
      message: `Key ${key} revoked; ${req.headers.cookie}`,
      request_id: `req_${status}`,
      ...(status === 422 ? { fields: [field] } : {}),
    }),
  );
};

it('prints no key or session cookie from any error class: JSON.stringify, util.inspect, console.error', async () => {
  server = await startServer(leaky);
  const client = createClient({
    apiKey: key,
    baseUrl: server.baseUrl,
    headers: { Cookie: `cantila_session=${session}` },
    maxRetries: 0,
    timeout: 150,
  });
  const projects = [...Object.keys(codes), 'broken', `reset=${key}`, `stall=${key}`];
  const errors: CantilaError[] = [];
  for (const project of projects) {
    // A path parameter must match its pattern (a key does not); a query parameter may carry anything.
    const { error } = project.includes('=')
      ? await client.GET('/activity', { params: { query: { project } } })
      : await client.GET('/projects/{project}', { params: { path: { project } } });
    errors.push(error!);
  }
  // The server got the credentials, and the URLs carried the key percent-encoded (reset%3Dsk_live_…).
  expect(server.received[0]?.headers.cookie).toContain(session);
  expect(server.received.at(-1)?.url).toContain(`%3D${key}`);
  expect(errors.map((e) => e.name)).toEqual([
    'BadRequestError',
    'AuthenticationError',
    'PermissionDeniedError',
    'NotFoundError',
    'ApiError',
    'ConflictError',
    'ValidationError',
    'RateLimitError',
    'InternalServerError',
    'InvalidResponseError',
    'ConnectionError',
    'TimeoutError',
  ]);
  for (const error of errors) {
    const printed = [
      JSON.stringify(error),
      JSON.stringify({ error }),
      inspect(error, { depth: Infinity }),
      inspect({ error }, { showHidden: true }),
      consoleError(error),
      consoleError('failed:', error),
    ];
    for (const text of printed) {
      for (const secret of secrets) expect(text, `${error.name} printed as ${text}`).not.toContain(secret);
      // Still worth printing: what happened and where to look.
      expect(text).toContain(error.name);
      expect(text).toContain(error.code);
    }
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: error.name,
      message: error.message,
      status: error.status,
      code: error.code,
      requestId: error.requestId,
      fields: [...error.fields],
    });
  }
  const unauthenticated = errors[1] as ApiError;
  expect(unauthenticated.message).toBe('Key [redacted] revoked; cantila_session=[redacted]');
  expect(unauthenticated.body).toEqual({
    error: 'unauthenticated',
    message: 'Key [redacted] revoked; cantila_session=[redacted]',
    request_id: 'req_401',
    fields: [],
  });
  expect(unauthenticated.headers.get('set-cookie')).toBe('[redacted]');
  expect(unauthenticated.headers.get('x-echo')).toBe('Bearer [redacted]');
  expect(unauthenticated.headers.get('x-request-id')).toBe('req_401');
  expect(errors[6]?.fields).toEqual([{ field: 'Bearer [redacted]', message: 'cantila_session=[redacted] is not allowed' }]);
  expect(inspect(errors[1])).toMatch(
    /^AuthenticationError: Key \[redacted\] revoked; cantila_session=\[redacted\]\n +at [\s\S]*\{\s+status: 401,\s+code: 'unauthenticated',\s+requestId: 'req_401',\s+fields: \[\]\s+\}$/,
  );
});
