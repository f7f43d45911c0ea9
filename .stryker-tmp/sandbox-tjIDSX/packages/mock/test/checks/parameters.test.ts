/** The parameter checks (checks/parameters.ts, checks/path-parameters.ts): each named with its reason. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expect.ts';
import { bearer, send, withJson } from '../support/http.ts';
import { useMock } from '../support/mock.ts';
import { exchange } from '../support/raw.ts';
import { adminKey, errorShapeErrors, newProject } from '../support/spec.ts';

// The checks apart from the state store (tested in stateful.test.ts): the examples answer.
const server = useMock({ stateless: true });

describe('parameters', () => {
  it('names an invalid query parameter', async () => {
    const answer = await send(server.at('/v1/projects?limit=500'), { headers: bearer(adminKey) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'limit', message: 'must be <= 100' }]);
    expect(answer.body.message).toBe('limit must be <= 100');
  });

  it.each([
    [
      'an empty Idempotency-Key',
      'POST',
      '/v1/projects',
      { 'idempotency-key': '' },
      { field: 'Idempotency-Key', message: 'must NOT have fewer than 1 characters' },
    ],
    ['an empty cursor', 'GET', '/v1/projects?cursor=', {}, { field: 'cursor', message: 'must NOT have fewer than 1 characters' }],
    ['an empty limit', 'GET', '/v1/projects?limit=', {}, { field: 'limit', message: 'must be integer' }],
    ['limit given twice', 'GET', '/v1/projects?limit=1&limit=2', {}, { field: 'limit', message: 'was given twice; give it once' }],
  ])(
    'answers 422 naming the parameter for %s (Prism would take it for absent, or say "must be integer")',
    async (_, method, path, headers, field) => {
      const answer = await send(
        server.at(path),
        method === 'POST' ? withJson(method, newProject, bearer(adminKey, headers)) : { headers: bearer(adminKey, headers) },
      );
      expectError(answer, 422, 'validation');
      expect(answer.body.fields).toEqual([field]);
      expect(answer.body.message).toBe(`${field.field} ${field.message}`);
    },
  );

  it('answers 422 saying a header was sent twice, the act-as header or another', async () => {
    for (const [name, value] of [
      ['X-Cantila-Act-As', 'client-acme'],
      ['Idempotency-Key', 'k1'],
    ] as const) {
      const body = JSON.stringify(newProject);
      const answer = await exchange(
        server.url,
        `POST /v1/projects HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${adminKey}\r\n${name}: ${value}\r\n${name}: ${value}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      );
      expect(answer.status).toBe(422);
      expect(errorShapeErrors(answer.body)).toEqual([]);
      expect(answer.body.fields).toEqual([{ field: name, message: 'was sent twice; send it once' }]);
    }
  });

  it('names an invalid path parameter, also when it is not valid percent-encoding', async () => {
    for (const project of ['Not%20A%20Name', '%E0%A4%A']) {
      const answer = await send(server.at(`/v1/projects/${project}`), { headers: bearer(adminKey) });
      expectError(answer, 422, 'validation');
      expect(answer.body.fields[0].field).toBe('project');
    }
  });
});
