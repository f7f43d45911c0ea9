/** The body check (checks/body.ts): at most 1 MiB, sent as JSON, valid JSON, an object where the operation takes one. */
import { expect, it } from 'vitest';
import { expectError } from '../../test/support/expect.ts';
import { expectPassed, probe, usePolicy } from '../../test/support/policy.ts';
import { adminKey, newProject } from '../../test/support/spec.ts';
import { maxBodyBytes } from '../request.ts';

const { ask } = usePolicy();
const post = (body: string | Uint8Array, headers: Record<string, string | string[]> = { 'content-type': 'application/json' }) =>
  ask('/v1/projects', { method: 'POST', body, headers: { authorization: `Bearer ${adminKey}`, ...probe, ...headers } });

it.each([
  ['{"name": "web-shop",', 'Request body is not valid JSON (the error is at character 20).'],
  ['tru', 'Request body is not valid JSON.'],
])('answers 400 malformed_json to %s, saying where', async (body, message) => {
  const answer = await post(body);
  expectError(answer, 400, 'bad_request');
  expect(answer.body).toMatchObject({ reason: 'malformed_json', message });
});

it.each([
  ['application/x-www-form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }],
  ['without a Content-Type', {}],
])('answers 400 to a body sent %s, naming what was sent', async (sent, headers) => {
  const answer = await post(JSON.stringify(newProject), headers);
  expectError(answer, 400, 'bad_request');
  expect(answer.body.message).toBe(`Request body must be JSON sent as Content-Type: application/json, not ${sent}.`);
});

it.each(['application/jsonp', 'text/application/json', 'application/+json', 'application/x json', 'application/json-seq', 'text/json'])(
  'takes %s for not JSON',
  async (type) => {
    const answer = await post(JSON.stringify(newProject), { 'content-type': type });
    expect(answer.body.message).toBe(`Request body must be JSON sent as Content-Type: application/json, not ${type}.`);
  },
);

it.each([
  'application/json',
  'Application/JSON',
  'application/json; charset=utf-8',
  'application/json ;charset=utf-8',
  'application/merge-patch+json',
  'application/vnd.cantila-v1+json',
])('takes %s for JSON', async (type) => {
  expectPassed(await post(JSON.stringify(newProject), { 'content-type': type }));
});

it('answers 400 to a body over 1 MiB, closing the connection', async () => {
  const answer = await post(new Uint8Array(maxBodyBytes + 1));
  expectError(answer, 400, 'bad_request');
  expect(answer.body.message).toBe('Request body is larger than 1 MiB.');
  expect(answer.headers.get('connection')).toBe('close');
});

it('answers 422 naming the body for a JSON null where an object is due', async () => {
  const answer = await ask('/v1/projects/web-shop/deploys', {
    method: 'POST',
    body: 'null',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json', ...probe },
  });
  expectError(answer, 422, 'validation');
  expect(answer.body.fields).toEqual([{ field: 'body', message: 'must be object' }]);
});

it('lets an empty body on, and reads none where the operation takes none', async () => {
  expectPassed(await post('', {}));
  expectPassed(await ask('/v1/projects', { body: 'not json', headers: { authorization: `Bearer ${adminKey}`, ...probe } }));
});

it('hands the parsed body on to Prism, which validates it', async () => {
  const headers = { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' };
  const created = await ask('/v1/projects', { method: 'POST', body: JSON.stringify(newProject), headers });
  expect(created.status, created.text).toBe(201);
  const invalid = await ask('/v1/projects', { method: 'POST', body: JSON.stringify({ ...newProject, name: 5 }), headers });
  expectError(invalid, 422, 'validation');
  expect(invalid.body.fields).toEqual([{ field: 'name', message: 'must be string' }]);
});
