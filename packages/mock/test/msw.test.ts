/** `@cantila/mock/msw` under `msw/node`, called through @cantila/client as an app's unit test would. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError, type CantilaError, createClient, PermissionDeniedError } from '@cantila/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/msw.ts';
import { keyFor } from './support/spec.ts';

const api = createHandlers();
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.reset());
afterAll(() => server.close());

const admin = createClient({ apiKey: keyFor('admin'), maxRetries: 0 });
const reader = createClient({ apiKey: keyFor('read'), maxRetries: 0 });
const project = { params: { path: { project: 'checkout' } } };
/** The documented cause an API error names (`scope_insufficient`); `undefined` for any other outcome. */
const reasonOf = (error: CantilaError | undefined) => (error instanceof ApiError ? error.reason : undefined);

describe('the handlers, through @cantila/client', () => {
  it('create a project and read it back', async () => {
    const created = await admin.POST('/projects', { body: { name: 'checkout', region: 'fra1' } });
    expect(created.response!.status).toBe(201);
    expect(created.response!.headers.get('location')).toBe(`/v1/projects/${created.data?.id}`);
    const read = await admin.GET('/projects/{project}', project);
    expect(read.data).toMatchObject({ id: created.data?.id, name: 'checkout', region: 'fra1' });
    expect(read.requestId).toMatch(/^req_/);
  });

  it('start each test from the seed again', async () => {
    const { error } = await admin.GET('/projects/{project}', project);
    expect(error?.status).toBe(404);
    expect(reasonOf(error)).toBe('project_not_found');
    expect((await admin.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } })).data?.name).toBe('web-shop');
  });

  it('refuse a read key a write with a typed 403 naming the scope', async () => {
    const { error } = await reader.POST('/projects', { body: { name: 'checkout', region: 'fra1' } });
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(reasonOf(error)).toBe('scope_insufficient');
    expect(error?.message).toContain('needs the admin scope');
    await expect(reader.throwing.POST('/projects', { body: { name: 'checkout', region: 'fra1' } })).rejects.toThrow(PermissionDeniedError);
  });

  it('refuse a request without a credential, and an act-as handle not yours, in the Error shape', async () => {
    const anonymous = createClient({ auth: 'none', maxRetries: 0 });
    expect(reasonOf((await anonymous.GET('/projects')).error)).toBe('credential_missing');
    expect(reasonOf((await admin.actAs('someone-else').GET('/projects')).error)).toBe('act_as_not_allowed');
  });

  it('answer Prefer: code=503 for that call only', async () => {
    const forced = await admin.GET('/projects', { headers: { Prefer: 'code=503' } });
    expect(forced.response!.status).toBe(503);
    expect(forced.error?.code).toBe('unavailable');
    expect(forced.error?.requestId).toBe(forced.requestId);
    expect((await admin.GET('/projects')).response!.status).toBe(200);
  });

  it('keep the state of a sub-account apart', async () => {
    await admin.actAs('client-acme').POST('/projects', { body: { name: 'checkout', region: 'fra1' } });
    expect((await admin.actAs('client-acme').GET('/projects/{project}', project)).data?.name).toBe('checkout');
    expect((await admin.GET('/projects/{project}', project)).error?.status).toBe(404);
  });

  it('answer a path or method the API lacks with its 404 or 405, and leave other hosts alone', async () => {
    const nowhere = await fetch('https://api.cantila.app/v1/nowhere');
    expect(nowhere.status).toBe(404);
    expect(await nowhere.json()).toMatchObject({ error: 'not_found', reason: 'route_not_found' });
    const put = await fetch('https://api.cantila.app/v1/health', { method: 'PUT' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    await expect(fetch('https://example.test/v1/health')).rejects.toThrow();
  });

  it('refuse a malformed or oversized body as the server does', async () => {
    const post = (body: string) =>
      fetch('https://api.cantila.app/v1/projects', {
        method: 'POST',
        body,
        headers: { authorization: `Bearer ${keyFor('admin')}`, 'content-type': 'application/json' },
      });
    const malformed = await post('{"name": "x", sk_live_secret');
    expect([malformed.status, (await malformed.json()).reason]).toEqual([400, 'malformed_json']);
    const huge = await post(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
    expect([huge.status, (await huge.json()).message]).toEqual([400, 'Request body is larger than 1 MiB.']);
  });
});

describe('overrides', () => {
  it('answer a status with the spec example of that response, after the checks', async () => {
    api.override('GET /projects/{project}', { status: 404 });
    const { error } = await admin.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } });
    expect([error?.status, reasonOf(error)]).toEqual([404, 'project_not_found']);
    // The scope check still runs first.
    expect((await createClient({ auth: 'none', maxRetries: 0 }).GET('/projects/{project}', project)).error?.status).toBe(401);
  });

  it('do not leak into the next test', async () => {
    expect((await admin.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } })).data?.name).toBe('web-shop');
  });

  it('answer a body typed by the schema, for as many calls as asked', async () => {
    api.override('GET /projects', { body: { data: [], next_cursor: null } }, { times: 1 });
    expect((await admin.GET('/projects')).data?.data).toEqual([]);
    expect((await admin.GET('/projects')).data?.data.length).toBeGreaterThan(0);
  });

  it('are removed by the function they return', async () => {
    const undo = api.override('GET /me', { status: 503 });
    expect((await admin.GET('/me')).response!.status).toBe(503);
    undo();
    expect((await admin.GET('/me')).response!.status).toBe(200);
  });

  it('refuse an operation or a status the spec does not document', () => {
    // @ts-expect-error: not an operation of the spec
    expect(() => api.override('GET /nowhere', { status: 404 })).toThrow(
      "the spec has no operation GET /nowhere; write it as 'GET /projects/{project}'",
    );
    // @ts-expect-error: GET /health documents no 418
    expect(() => api.override('GET /health', { status: 418 })).toThrow('asks for a 418 response, which GET /health does not document');
    expect(() => api.override('GET /health', { status: 503 }, { times: 0 })).toThrow(
      'times must be a whole number of requests, 1 or more, not 0',
    );
    // The body's type is the schema's: the compiler refuses what the spec would not send (the handlers answer it as given).
    // @ts-expect-error: a Project has no `nope`
    api.override('GET /projects/{project}', { body: { nope: 1 } })();
  });
});

describe('state', () => {
  it('starts from a state file, as the server loads one, and goes back to it on reset', async () => {
    await admin.POST('/projects', { body: { name: 'checkout', region: 'fra1' } });
    const file = join(mkdtempSync(join(tmpdir(), 'cantila-msw-')), 'state.json');
    writeFileSync(file, JSON.stringify(api.store.snapshot()));
    const saved = createHandlers({ state: file, baseUrl: 'http://localhost:9999/api/v1' });
    server.use(...saved.handlers);
    const local = createClient({ apiKey: keyFor('admin'), maxRetries: 0, baseUrl: 'http://localhost:9999/api/v1' });
    await local.DELETE('/projects/{project}', project);
    expect((await local.GET('/projects/{project}', project)).error?.status).toBe(404);
    saved.reset();
    expect((await local.GET('/projects/{project}', project)).data?.name).toBe('checkout');
    const moved = await local.POST('/projects', { body: { name: 'other', region: 'fra1' } });
    expect(moved.response!.headers.get('location')).toBe(`/api/v1/projects/${moved.data?.id}`);
  });

  it('refuses a state that is not a state file, and a base URL that is not one', () => {
    expect(() => createHandlers({ baseUrl: '/v1' })).toThrow(
      'baseUrl must be an absolute http(s) URL such as https://api.cantila.app/v1, not "/v1"',
    );
    expect(() => createHandlers({ state: { version: 2 } as never })).toThrow('not a state file of this mock');
    expect(() => createHandlers({ state: '/nonexistent/state.json' })).toThrow('the state file /nonexistent/state.json could not be read');
  });
});
