import { afterEach, expect, it } from 'vitest';
import { createClient, type CantilaError } from '../src/index.ts';
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
const echo = (status: number, format: 'json' | 'html'): Reply => (res, req) => {
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
  server = await startServer(echo(401, 'json'), echo(502, 'html'), echo(502, 'html'), raw(200, `{"broken": "${key}`, { 'Content-Type': 'application/json' }), reset, stall);
  const lines: string[] = [];
  const client = createClient({
    apiKey: key,
    baseUrl: server.baseUrl,
    headers: { Cookie: `theme=dark; cantila_session=${session}` },
    debug: (line) => lines.push(line),
    timeout: 100,
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
  expect(lines).toHaveLength(2);
  expect(lines.join('\n')).not.toContain(key);
  expect(lines[1]).toMatch(/^cantila ← 200 GET http:\/\/127\.0\.0\.1:\d+\/v1\/me in \d+ ms, request id none$/);
});

it('logs nothing unless asked', async () => {
  server = await startServer(raw(503, ''), raw(200, '{}', { 'Content-Type': 'application/json' }));
  const calls: unknown[] = [];
  const spies = (['debug', 'log', 'info', 'warn', 'error'] as const).map((level) => {
    const original = console[level];
    console[level] = (...args: unknown[]) => void calls.push(args);
    return () => void (console[level] = original);
  });
  try {
    await createClient({ apiKey: key, baseUrl: server.baseUrl, retryDelay: { initialDelay: 1 } }).GET('/me');
  } finally {
    for (const restore of spies) restore();
  }
  expect(calls).toEqual([]);
});
