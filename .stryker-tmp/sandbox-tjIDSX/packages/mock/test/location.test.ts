/** A 201 or 202 says where what it created is: `Location`, built from the response's link to the operation that reads it. */
// @ts-nocheck

import { expect, it } from 'vitest';
import { bearer, send, withJson } from './support/http.ts';
import { useMock } from './support/mock.ts';
import { adminKey, newProject } from './support/spec.ts';

const server = useMock();
const admin = bearer(adminKey);

it.each<[string, string, unknown, (body: { id: string; agent?: { id: string } }) => string]>([
  ['POST /projects', '/v1/projects', { ...newProject, name: 'located-app' }, (b) => `/v1/projects/${b.id}`],
  ['POST /projects/{project}/deploys', '/v1/projects/web-shop/deploys', {}, (b) => `/v1/projects/web-shop/deploys/${b.id}`],
  ['POST /projects/{project}/restart', '/v1/projects/web-shop/restart', {}, (b) => `/v1/projects/web-shop/restarts/${b.id}`],
  ['POST /agents', '/v1/agents', { name: 'night-scaler', scope: 'deploy' }, (b) => `/v1/agents/${b.agent!.id}`],
])('%s answers Location pointing at what it created', async (_key, path, body, expected) => {
  const answer = await send(server.at(path), withJson('POST', body, admin));
  expect([201, 202], answer.text).toContain(answer.status);
  expect(answer.headers.get('location')).toBe(expected(answer.body));
  const read = await send(server.at(answer.headers.get('location')!), { headers: admin });
  expect(read.status, read.text).toBe(200);
});
