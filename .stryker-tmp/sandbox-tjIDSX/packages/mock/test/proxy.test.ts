/**
 * `cantila-mock --proxy`: Prism's validating proxy in front of a backend that drifts from the spec (the
 * contract's broken fixture server, itself in front of the mock). Each bad answer reaches the caller
 * unchanged, with its violations in X-Cantila-Violations and in the log; a good one passes clean.
 */
// @ts-nocheck

import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrokenServer, type BrokenServer } from '@cantila/contract/broken-server';
import { startMock, type RunningMock } from '../src/index.ts';
import { startProxy, violationsHeader, type RunningProxy } from '../src/proxy.ts';

const key = 'sk_test_admin_proxysecret42';
const logged: string[] = [];
let mock: RunningMock;
let broken: BrokenServer;
let proxy: RunningProxy;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
  broken = await startBrokenServer(mock.url);
  proxy = await startProxy({ upstream: broken.url, port: 0, log: (line) => logged.push(line) });
});
afterAll(async () => {
  await proxy?.close();
  await broken?.close();
  await mock?.close();
});

async function get(path: string, headers: Record<string, string> = {}): Promise<{ response: Response; violations: string[] }> {
  const response = await fetch(`${proxy.url}${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } });
  const header = response.headers.get(violationsHeader);
  return { response, violations: header === null ? [] : JSON.parse(header) };
}

it('serves the backend under the spec base path, passing a conforming answer through with no violation', async () => {
  const { response, violations } = await get('/alerts');
  expect(response.status).toBe(200);
  expect(violations).toEqual([]);
  expect(response.headers.get('x-request-id')).toMatch(/^req_/);
  expect((await response.json()).data).toBeInstanceOf(Array);
  expect(broken.requests).toContain('GET /v1/alerts');
});

it.each([
  ['/projects', 'a list in the wrong envelope', /^response body: .*must have required property 'data'/],
  ['/me', 'a missing required field', /^response body: .*must have required property 'account'/],
  ['/regions', 'a missing X-Request-Id', /^response header: .*must have required property 'x-request-id'/],
  ['/capacity', 'an HTML 500', /^response: The received media type "text\/html" does not match/],
])('flags GET %s: %s, and logs it', async (path, _, expected) => {
  const { violations } = await get(path);
  expect(
    violations.some((v) => expected.test(v)),
    JSON.stringify(violations),
  ).toBe(true);
  expect(
    logged.some((line) => line.startsWith(`GET /v1${path} → `) && expected.test(line.split('\n').slice(1).join('\n').trim())),
    logged.join('\n'),
  ).toBe(true);
});

it('forwards a bad request as it came, reporting it and the backend answer', async () => {
  const response = await fetch(`${proxy.url}/projects/web-shop/scale`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ instances: 'many' }),
  });
  expect(response.status).toBe(422);
  expect(JSON.parse(response.headers.get(violationsHeader) ?? '[]')).toEqual([expect.stringMatching(/^request body.*instances/)]);
});

it('forwards a path the spec lacks, reporting that no operation matches', async () => {
  const { response, violations } = await get('/nothing-here');
  expect(response.status).toBe(404);
  expect(violations).toEqual(['request: no operation of the spec matches GET /v1/nothing-here']);
  expect(broken.requests).toContain('GET /v1/nothing-here');
});

it('never logs or echoes a credential, even one pasted into the path or where a handle goes', async () => {
  const { violations } = await get(`/projects/${key}`, { 'x-cantila-act-as': key });
  expect(violations.length).toBeGreaterThan(0);
  expect(JSON.stringify(violations)).not.toContain('proxysecret42');
  expect(logged.some((line) => line.startsWith('GET /v1/projects/sk_… → '))).toBe(true);
  expect(logged.join('\n')).not.toContain('proxysecret42');
});

it('answers in the Error shape outside the base path, and 502 when the backend is gone', async () => {
  const outside = await fetch(`${proxy.url.replace(/\/v1$/, '')}/projects`);
  expect(outside.status).toBe(404);
  expect(await outside.json()).toMatchObject({ error: 'not_found', message: expect.stringContaining('/v1/') });

  const orphan = await startProxy({ upstream: 'http://127.0.0.1:9/v1', port: 0, log: () => {} });
  try {
    const response = await fetch(`${orphan.url}/health`);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining('did not answer') });
  } finally {
    await orphan.close();
  }
});
