/** Routing (checks/route.ts, checks/preflight.ts): the base path, 404, 405 with Allow, HEAD, the CORS preflight. */
import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect.ts';
import { bearer, preflightFrom, send } from '../support/http.ts';
import { useMock } from '../support/mock.ts';
import { adminKey, keyFor, model, schemaErrors } from '../support/spec.ts';

// The checks apart from the state store (tested in stateful.test.ts): the examples answer.
const server = useMock({ stateless: true });

describe('paths', () => {
  it('serves the API under /v1', async () => {
    const answer = await send(server.at('/v1/health'));
    expect(answer.status).toBe(200);
    expect(schemaErrors(model.operation('GET /health')!, 200, answer.body)).toEqual([]);
  });

  it('answers 404 in the Error shape outside /v1, naming the base', async () => {
    const answer = await send(server.at('/health'));
    expectError(answer, 404, 'not_found');
    expect(answer.body.message).toContain('/v1/');
  });

  it('answers 404 for a path the spec does not have', async () => {
    const answer = await send(server.at('/v1/projectz'), { headers: bearer(adminKey) });
    expectError(answer, 404, 'not_found');
    expect(answer.body.message).toContain('GET /v1/projectz');
  });

  it('answers 405 with Allow for a method the path does not have', async () => {
    const answer = await send(server.at('/v1/health'), { method: 'DELETE' });
    expectError(answer, 405, 'method_not_allowed');
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers HEAD like GET, without the body (curl -I, uptime monitors)', async () => {
    const get = await send(server.at('/v1/health'));
    const head = await send(server.at('/v1/health'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(head.headers.get('x-request-id')).toMatch(/^req_/);
    expect((await send(server.at('/v1/projects'), { method: 'HEAD' })).status).toBe(401);
    expect((await send(server.at('/v1/projects'), { method: 'HEAD', headers: bearer(keyFor('read')) })).status).toBe(200);
  });

  it("answers a browser's CORS preflight, echoing its origin so cookies can be sent", async () => {
    const answer = await send(server.at('/v1/projects'), preflightFrom('http://localhost:3000', 'POST', 'content-type, x-cantila-act-as'));
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST');
    expect(answer.headers.get('access-control-allow-headers')).toBe('content-type, x-cantila-act-as');
  });
});
