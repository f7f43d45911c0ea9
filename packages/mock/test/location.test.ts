/** A 201 or 202 says where what it created is: `Location`, built from the response's link to the operation that reads it. */
import { expect, it } from 'vitest';
import { bearer, send, withJson } from './support/http.ts';
import { useMock } from './support/mock.ts';
import { keyFor } from './support/spec.ts';

const server = useMock();
const at = (path: string): string => server.url.replace(/\/v1$/, '') + path;
const admin = bearer(keyFor('admin'));

it.each<[string, string, unknown, (body: { id: string; agent?: { id: string } }) => string]>([
  ['POST /projects', '/v1/projects', { name: 'web-shop', region: 'fra1' }, (b) => `/v1/projects/${b.id}`],
  ['POST /projects/{project}/deploys', '/v1/projects/web-shop/deploys', {}, (b) => `/v1/projects/web-shop/deploys/${b.id}`],
  ['POST /projects/{project}/restart', '/v1/projects/web-shop/restart', {}, (b) => `/v1/projects/web-shop/restarts/${b.id}`],
  ['POST /agents', '/v1/agents', { name: 'night-scaler', scope: 'deploy' }, (b) => `/v1/agents/${b.agent!.id}`],
])('%s answers Location pointing at what it created', async (_key, path, body, expected) => {
  const answer = await send(at(path), withJson('POST', body, admin));
  expect(answer.status, answer.text).toBeGreaterThanOrEqual(201);
  expect(answer.headers.get('location')).toBe(expected(answer.body));
  const read = await send(at(answer.headers.get('location')!), { headers: admin });
  expect(read.status, read.text).toBe(200);
});
