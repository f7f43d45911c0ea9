/** What Prism answers once every check has passed (src/respond.ts): the real reason of its findings, GET /me, generated bodies. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { expectError } from './support/expect.ts';
import { bearer, send, withJson } from './support/http.ts';
import { useMock } from './support/mock.ts';
import { adminKey, exampleOf, keyFor, model, newProject, schemaErrors } from './support/spec.ts';

const server = useMock();

describe('errors carry their real reason', () => {
  it('names each invalid field of a body in message and fields[], not the spec’s static 422 example', async () => {
    const answer = await send(server.at('/v1/projects'), withJson('POST', { name: 'Web Shop', colour: 'red' }, bearer(adminKey)));
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual(
      expect.arrayContaining([
        { field: 'region', message: 'is required' },
        { field: 'colour', message: 'is not a property this operation accepts' },
        { field: 'name', message: expect.stringMatching(/^must match pattern/) },
      ]),
    );
    expect(answer.body.message).toContain('region is required');
    expect(answer.body.message).not.toContain('instances');
  });

  it('names a nested body field by its dotted path', async () => {
    const answer = await send(
      server.at('/v1/projects'),
      withJson('POST', { ...newProject, source: { type: 'git', repo: 42, branch: 'main' } }, bearer(adminKey)),
    );
    expectError(answer, 422, 'validation');
    expect(answer.body.fields.map((f: { field: string }) => f.field)).toContain('source.repo');
  });

  it('answers 422 when a required body is missing', async () => {
    const answer = await send(server.at('/v1/projects'), { method: 'POST', headers: bearer(adminKey) });
    expectError(answer, 422, 'validation');
    expect(answer.body.fields).toEqual([{ field: 'body', message: 'is required' }]);
  });
});

describe('GET /me reflects the credential', () => {
  it('names the key by a stable id, with its scope, and the handle acted as', async () => {
    const first = await send(server.at('/v1/me'), { headers: bearer(keyFor('deploy'), { 'x-cantila-act-as': 'client-acme' }) });
    const again = await send(server.at('/v1/me'), { headers: bearer(keyFor('deploy')) });
    const other = await send(server.at('/v1/me'), { headers: bearer(keyFor('read')) });
    expect(schemaErrors(model.operation('GET /me')!, 200, first.body)).toEqual([]);
    expect(first.body.key).toEqual({ id: expect.stringMatching(/^key_[A-Za-z0-9]+$/), scope: 'deploy' });
    expect(first.body.acting_as).toBe('client-acme');
    expect(again.body.key.id).toBe(first.body.key.id);
    expect(again.body).not.toHaveProperty('acting_as');
    expect(other.body.key).toEqual({ id: expect.not.stringMatching(first.body.key.id), scope: 'read' });
  });

  it('names no key for the session cookie', async () => {
    const answer = await send(server.at('/v1/me'), { headers: { cookie: 'cantila_session=abc' } });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toHaveProperty('key');
  });
});

describe('--dynamic --seed', () => {
  const seeded = useMock({ dynamic: true, seed: '7' });

  it('generates schema-valid bodies, the same for the same seed', async () => {
    const get = () => send(`${seeded.url}/projects/web-shop`, { headers: bearer(adminKey) });
    const [first, second] = [await get(), await get()];
    expect(schemaErrors(model.operation('GET /projects/{project}')!, 200, first.body)).toEqual([]);
    expect(second.body).toEqual(first.body);
    expect(first.body).not.toEqual(exampleOf('GET /projects/{project}', 'default'));
  });
});
