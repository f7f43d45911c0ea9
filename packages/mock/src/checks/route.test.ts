/** Routing (checks/route.ts, checks/preflight.ts): the base path, 404, 405 with Allow, the CORS preflight. */
import { describe, expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';

const { ask } = usePolicy();
const preflight = (headers: Record<string, string>, method = 'OPTIONS') =>
  ask('/v1/projects', { method, headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', ...headers } });

describe('routes', () => {
  it.each([
    ['/health', 'No route GET /health: every path of the API starts with /v1/.'],
    ['/v1', 'No route GET /v1: every path of the API starts with /v1/.'],
    ['/v1/projectz', 'No route GET /v1/projectz: the API reference lists every path.'],
    ['/v1/projects/web-shop/nowhere', 'No route GET /v1/projects/web-shop/nowhere: the API reference lists every path.'],
  ])('answers 404 route_not_found for %s, saying why', async (path, message) => {
    const answer = await ask(path, { headers: probe });
    expectError(answer, 404, 'not_found');
    expect(answer.body).toMatchObject({ reason: 'route_not_found', message });
  });

  it('answers 405 method_not_allowed with Allow for a method the path lacks', async () => {
    const answer = await ask('/v1/health', { method: 'DELETE', headers: probe });
    expectError(answer, 405, 'method_not_allowed');
    expect(answer.body).toMatchObject({
      reason: 'method_not_allowed',
      message: 'DELETE is not allowed on /v1/health; it answers GET, HEAD.',
    });
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });

  it('routes a path below the base path to its operation, with its path parameters', async () => {
    expectPassed(await ask('/v1/health', { headers: probe }));
    const answer = await ask('/v1/projects/%E0%A4%A/deploys', { headers: { authorization: 'Bearer sk_test_read_x', ...probe } });
    expect(answer.body.fields).toEqual([{ field: 'project', message: 'is not valid percent-encoded UTF-8' }]);
  });
});

describe("a browser's CORS preflight", () => {
  it('answers 204 with the methods the path answers and the headers asked for', async () => {
    const answer = await preflight({ 'access-control-request-headers': 'content-type, x-cantila-act-as' });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST');
    expect(answer.headers.get('access-control-allow-headers')).toBe('content-type, x-cantila-act-as');
    expect(answer.headers.get('access-control-max-age')).toBe('600');
  });

  it('trims the names asked for and drops empty ones', async () => {
    const answer = await preflight({ 'access-control-request-headers': ' Content-Type ,, X-Cantila-Act-As,' });
    expect(answer.headers.get('access-control-allow-headers')).toBe('Content-Type, X-Cantila-Act-As');
  });

  it('never echoes a name holding a credential, and allows any header when no other name is left', async () => {
    const pasted = await preflight({ 'access-control-request-headers': 'authorization, x-sk_live_PastedKey1a2b3c' });
    expect(pasted.headers.get('access-control-allow-headers')).toBe('authorization');
    const only = await preflight({ 'access-control-request-headers': 'x-sk_live_PastedKey1a2b3c' });
    expect(only.headers.get('access-control-allow-headers')).toBe('*');
    expect((await preflight({})).headers.get('access-control-allow-headers')).toBe('*');
  });

  it.each<[string, Record<string, string | string[]>, string]>([
    ['without Origin', { origin: [] }, 'OPTIONS'],
    ['without Access-Control-Request-Method', { 'access-control-request-method': [] }, 'OPTIONS'],
    ['of another method with the preflight headers', {}, 'DELETE'],
  ])('is not a request %s: 405 with Allow', async (_, headers, method) => {
    const answer = await ask('/v1/health', {
      method,
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'GET', ...headers },
    });
    expectError(answer, 405, 'method_not_allowed');
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });
});
