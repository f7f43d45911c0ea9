/**
 * The mock tried as an attacker and a load tester would: CORS and Host, a graceful stop under load,
 * redaction of percent-encoded keys and of JSON parser snippets, a second Authorization header,
 * empty date-times and `null` bodies, rate-limit memory, header overflow and slow clients.
 */
import { once } from 'node:events';
import { connect } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startMock } from '../src/index.ts';
import { credential } from '../src/checks/credential.ts';
import { createEngine } from '../src/engine.ts';
import { nodeHandlers } from '../src/node-http.ts';
import { createPolicy } from '../src/policy.ts';
import { sessionBook } from '../src/sessions.ts';
import { defaultSpecPath, loadMockSpec } from '../src/spec.ts';
import { bearer, send, withJson } from './support/http.ts';
import { useMock } from './support/mock.ts';
import { exchange } from './support/raw.ts';
import { keyFor } from './support/spec.ts';

const server = useMock({ corsOrigins: ['https://console.example.test'] });
const admin = keyFor('admin');
const hostOf = (): string => new URL(server.url).host;

describe('CORS and Host', () => {
  it.each(['https://evil.example', 'null', 'http://192.168.1.20:3000', 'http://localhost.evil.example'])(
    'lets no page from %s read answers with credentials',
    async (origin) => {
      const answer = await send(`${server.url}/me`, { headers: bearer(admin, { origin }) });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      expect(answer.headers.get('vary')).toBe('Origin');
    },
  );

  it.each(['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'https://console.example.test'])(
    'lets a page from %s (loopback, or given with --cors-origin) read them',
    async (origin) => {
      const answer = await send(`${server.url}/me`, { headers: bearer(admin, { origin }) });
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    },
  );

  it('refuses a Host that is not a loopback name on a loopback bind (DNS rebinding)', async () => {
    const answer = await exchange(server.url, `GET /v1/health HTTP/1.1\r\nHost: rebind.evil.example:${new URL(server.url).port}\r\n\r\n`);
    expect(answer.status).toBe(403);
    expect(answer.body.message).toContain('rebind.evil.example');
    const fine = await exchange(server.url, `GET /v1/health HTTP/1.1\r\nHost: localhost:${new URL(server.url).port}\r\n\r\n`);
    expect(fine.status).toBe(200);
  });
});

describe('stop', () => {
  it('lets the requests under way finish before closing', async () => {
    const mock = await startMock({ port: 0 });
    const request = (i: number): string => {
      const body = JSON.stringify({ name: `drained-${i}`, region: 'fra1' });
      return `POST /v1/projects HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${admin}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    };
    // Each request is under way when the stop begins: its headers are in, the end of its body still to come.
    const sockets = await Promise.all(
      Array.from({ length: 20 }, () => {
        const socket = connect(mock.port, '127.0.0.1');
        return once(socket, 'connect').then(() => socket);
      }),
    );
    const statuses = sockets.map((socket) => {
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
      socket.on('error', () => undefined);
      return new Promise<string>((resolve) => socket.on('close', () => resolve(received.split(' ')[1] ?? 'reset')));
    });
    for (const [i, socket] of sockets.entries()) socket.write(request(i).slice(0, -5));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopped = mock.close();
    for (const [i, socket] of sockets.entries()) socket.end(request(i).slice(-5));
    expect(await Promise.all(statuses)).toEqual(sockets.map(() => '201'));
    await stopped;
  });
});

describe('redaction', () => {
  it('does not echo a percent-encoded key from the path', async () => {
    const answer = await send(`${server.url}/sk%5Flive_4eC39HqLyjWDarjtT1zdp7dc`, { headers: bearer(admin) });
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('4eC39HqLyjWDarjtT1zdp7dc');
  });

  it('does not quote the JSON parser’s snippet of the body', async () => {
    const answer = await send(`${server.url}/projects`, withJson('POST', '{"name": "x", "note": "session abcdefghijklmnop', bearer(admin)));
    expect(answer.status).toBe(400);
    expect(answer.text).not.toContain('abcdefgh');
    expect(answer.body.message).toMatch(/not valid JSON/);
  });
});

describe('invalid input', () => {
  it('answers 400 to a second Authorization header instead of using the first', async () => {
    const port = new URL(server.url).port;
    const answer = await exchange(
      server.url,
      `POST /v1/projects HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${admin}\r\nAuthorization: Bearer ${keyFor('read')}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'bad_request', message: expect.stringContaining('Authorization was sent 2 times') });
  });

  it('answers 422 to an empty date-time query parameter', async () => {
    const answer = await send(`${server.url}/activity?until=`, { headers: bearer(admin) });
    expect(answer.status).toBe(422);
    expect(answer.body.fields).toEqual([{ field: 'until', message: 'must match format "date-time"' }]);
  });

  it.each(['/projects/web-shop/restart', '/projects/web-shop/deploys', '/billing/transfers/trf_2Qx6Hb/decline'])(
    'answers 422 to a JSON null body where %s takes an optional object',
    async (path) => {
      const answer = await send(`${server.url}${path}`, withJson('POST', 'null', bearer(admin)));
      expect(answer.status).toBe(422);
      expect(answer.body.fields).toEqual([{ field: 'body', message: 'must be object' }]);
    },
  );
});

describe('the rate limit', () => {
  it('keys its windows by a hash of the credential, not the credential itself', async () => {
    const spec = loadMockSpec();
    const cookie = `cantila_session=${'c'.repeat(4000)}`;
    const context = {
      req: { headers: { cookie }, headersDistinct: { cookie: [cookie] } },
      spec,
      operation: spec.operations.find((op) => op.key === 'GET /me')!,
      sessions: sessionBook(),
      error: () => ({ status: 400 }),
    } as unknown as Parameters<typeof credential>[0];
    expect(credential(context)).toBeUndefined();
    expect(context.rateLimitKey.length).toBeLessThanOrEqual(64);
    expect(context.rateLimitKey).not.toContain('cccc');
  });
});

describe('what Node refuses before the mock sees a request', () => {
  /** The bytes the policy writes for Node's `clientError` with `code`. */
  async function clientErrorAnswer(code: string): Promise<string> {
    const policy = nodeHandlers(createPolicy(loadMockSpec(), await createEngine({ specPath: defaultSpecPath, dynamic: false })));
    const socket = new PassThrough();
    let written = '';
    socket.on('data', (chunk: Buffer) => (written += chunk.toString()));
    policy.clientError(Object.assign(new Error(code), { code }), socket);
    await new Promise((resolve) => setImmediate(resolve));
    return written;
  }

  it('answers 431 to headers too large', async () => {
    const answer = await clientErrorAnswer('HPE_HEADER_OVERFLOW');
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('headers are too large');
    const real = await exchange(server.url, `GET /v1/health HTTP/1.1\r\nHost: ${hostOf()}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(real.status).toBe(431);
  });

  it('says a 408 is about a slow client, not invalid HTTP', async () => {
    const answer = await clientErrorAnswer('ERR_HTTP_REQUEST_TIMEOUT');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('took too long to arrive');
    expect(answer).not.toContain('not valid HTTP');
  });

  it('refuses a body over the limit announced with Expect: 100-continue without sending 100 Continue', async () => {
    const answer = await exchange(
      server.url,
      `POST /v1/projects HTTP/1.1\r\nHost: ${hostOf()}\r\nAuthorization: Bearer ${admin}\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\n\r\n`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.message).toContain('larger than');
  });
});

describe('fairness', () => {
  it('answers another connection while thousands of requests are pipelined on one socket', async () => {
    const total = 5_000;
    const { port } = new URL(server.url);
    const pipelined = connect(Number(port), '127.0.0.1');
    await once(pipelined, 'connect');
    let answered = 0;
    pipelined.on('data', (chunk: Buffer) => {
      answered += chunk.toString('latin1').split('HTTP/1.1 200').length - 1;
    });
    pipelined.write(`GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n`.repeat(total));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const other = await exchange(server.url, `GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    const answeredBefore = answered;
    pipelined.destroy();
    expect(other.status).toBe(200);
    expect(answeredBefore).toBeLessThan(total / 2);
  });
});
