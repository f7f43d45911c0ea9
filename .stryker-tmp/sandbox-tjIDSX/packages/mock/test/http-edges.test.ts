/**
 * Requests Node's HTTP server would answer by itself — without the Error body and X-Request-Id — or
 * take too long over: no Host header, an `Expect` other than 100-continue, `CONNECT`, a body over 1 MiB.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { useMock } from './support/mock.ts';
import { exchange, type RawAnswer } from './support/raw.ts';
import { errorShapeErrors } from './support/spec.ts';

const server = useMock();
const admin = 'Authorization: Bearer sk_test_admin_edges';

function expectError(answer: RawAnswer, status: number, code: string, message: RegExp): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(errorShapeErrors(answer.body)).toEqual([]);
  expect(answer.body).toMatchObject({ error: code, message: expect.stringMatching(message), request_id: answer.headers['x-request-id'] });
  expect(answer.headers['ratelimit-limit']).toMatch(/^\d+$/);
}

describe('answers in the Error shape what Node would answer bare', () => {
  it('a request without a Host header: 400 saying so', async () => {
    const answer = await exchange(server.url, 'GET /v1/health HTTP/1.1\r\nConnection: close\r\n\r\n');
    expectError(answer, 400, 'bad_request', /Host/);
  });

  it('an Expect other than 100-continue: 400 naming it', async () => {
    const answer = await exchange(server.url, 'GET /v1/health HTTP/1.1\r\nHost: localhost\r\nExpect: 100-foo\r\nConnection: close\r\n\r\n');
    expectError(answer, 400, 'bad_request', /Expect: 100-foo/);
  });

  it('CONNECT: 405 with Allow on an API path, 404 elsewhere, 403 as a proxy to another host, then the connection closes', async () => {
    const onPath = await exchange(server.url, 'CONNECT /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n', { waitForClose: true });
    expectError(onPath, 405, 'method_not_allowed', /^CONNECT is not allowed on \/v1\/health/);
    expect(onPath.headers.allow).toBe('GET, HEAD');
    expect(onPath.closed).toBe(true);
    const elsewhere = await exchange(server.url, 'CONNECT example.com:443 HTTP/1.1\r\nHost: localhost\r\n\r\n', { waitForClose: true });
    expectError(elsewhere, 404, 'not_found', /^No route CONNECT example\.com:443/);
    const proxying = await exchange(server.url, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n', {
      waitForClose: true,
    });
    expectError(proxying, 403, 'forbidden', /^Host example\.com:443 is not this mock's address/);
  });
});

describe('a body over 1 MiB', () => {
  const head = (framing: string): string =>
    `POST /v1/projects HTTP/1.1\r\nHost: localhost\r\n${admin}\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`;
  const mib = 1024 * 1024;

  it('is refused with 400 as soon as its Content-Length says so, and the connection closes without reading the rest', async () => {
    const answer = await exchange(server.url, head(`Content-Length: ${10 * mib}`) + ' '.repeat(64 * 1024), { waitForClose: true });
    expectError(answer, 400, 'bad_request', /larger than 1 MiB/);
    expect(answer.closed).toBe(true);
  });

  it('sent in chunks, is refused with 400 once 1 MiB is crossed, without waiting for the end', async () => {
    const chunk = ' '.repeat(256 * 1024);
    const chunks = Array.from({ length: 5 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
    const answer = await exchange(server.url, head('Transfer-Encoding: chunked') + chunks, { waitForClose: true });
    expectError(answer, 400, 'bad_request', /larger than 1 MiB/);
    expect(answer.closed).toBe(true);
  });
});
