// @ts-nocheck
// The client in a frontend's stack: TanStack Query through openapi-react-query, and openapi-fetch
// middleware, against a real HTTP server on loopback.
import { QueryClient } from '@tanstack/react-query';
import type { Client } from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import { describe, expect, it } from 'vitest';
import { type Middleware, NotFoundError, type paths } from '../src/index.ts';
import { apiError, json, reset, serving } from './server.ts';

const serve = serving({ apiKey: 'sk_test_frontend' });

const project = { id: 'prj_9Xk2mA', name: 'web-shop', region: 'fra1' };

describe('TanStack Query through openapi-react-query', () => {
  it('fetches through the client: its auth, act-as and retries, and the typed error thrown', async () => {
    const { client, server } = await serve(
      {},
      apiError(503, 'unavailable', 'Busy.'),
      json(200, project),
      apiError(404, 'not_found', 'No project named nope.'),
    );
    // The README's example: openapi-react-query calls only the client's GET/POST/… with openapi-fetch's
    // arguments, and the client resolves to the same {data, error, response}.
    const $api = createQueryClient(client.actAs('client-acme') as unknown as Client<paths>);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

    const data = await queryClient.fetchQuery(
      $api.queryOptions('get', '/projects/{project}', { params: { path: { project: 'web-shop' } } }),
    );
    const name: string = data.name;
    expect(name).toBe('web-shop');
    expect(queryClient.getQueryData(['get', '/projects/{project}', { params: { path: { project: 'web-shop' } } }])).toEqual(project);

    const failed = queryClient.fetchQuery($api.queryOptions('get', '/projects/{project}', { params: { path: { project: 'nope' } } }));
    await expect(failed).rejects.toBeInstanceOf(NotFoundError);
    await expect(failed).rejects.toMatchObject({ status: 404, code: 'not_found', requestId: 'req_404' });

    expect(server.received.map((r) => [r.url, r.headers.authorization, r.headers['x-cantila-act-as']])).toEqual([
      ['/v1/projects/web-shop', 'Bearer sk_test_frontend', 'client-acme'],
      ['/v1/projects/web-shop', 'Bearer sk_test_frontend', 'client-acme'],
      ['/v1/projects/nope', 'Bearer sk_test_frontend', 'client-acme'],
    ]);
  });

  it('aborts the request when TanStack Query cancels the query', async () => {
    let closed!: () => void;
    const hungUp = new Promise<void>((resolve) => (closed = resolve));
    const { client, server } = await serve({}, (res) => res.on('close', closed));
    const $api = createQueryClient(client as unknown as Client<paths>);
    const queryClient = new QueryClient();
    const pending = queryClient.fetchQuery($api.queryOptions('get', '/me'));
    while (!server.received.length) await new Promise((resolve) => setTimeout(resolve, 5));
    await queryClient.cancelQueries({ queryKey: ['get', '/me'] });
    await expect(pending).rejects.toMatchObject({ message: 'CancelledError' });
    await hungUp;
  });
});

describe('openapi-fetch middleware', () => {
  it('runs on every attempt, inside the retries, with a real Request, and carries over to actAs clients', async () => {
    const seen: string[] = [];
    const tracing: Middleware = {
      onRequest({ request }) {
        seen.push(`request ${request instanceof Request} ${request.method} ${new URL(request.url).pathname}`);
        request.headers.set('X-Trace-Id', 'trace-1');
        return request;
      },
      onResponse({ response }) {
        seen.push(`response ${response.status}`);
      },
      onError({ error }) {
        seen.push(`error ${(error as Error).name}`);
      },
    };
    const { client, server } = await serve({}, reset, apiError(503, 'unavailable', 'Busy.'), json(200, { id: 'usr_1' }));
    client.use(tracing);
    const { data } = await client.actAs('client-acme').GET('/me');
    expect(data).toEqual({ id: 'usr_1' });
    expect(seen).toEqual([
      'request true GET /v1/me',
      'error TypeError',
      'request true GET /v1/me',
      'response 503',
      'request true GET /v1/me',
      'response 200',
    ]);
    expect(server.received.map((r) => [r.headers['x-trace-id'], r.headers['x-cantila-act-as']])).toEqual([
      ['trace-1', 'client-acme'],
      ['trace-1', 'client-acme'],
      ['trace-1', 'client-acme'],
    ]);
  });

  it('lets onResponse replace a response (a session refresh) and onRequest answer from a cache', async () => {
    const { client, server } = await serve(
      {
        middleware: [
          {
            async onResponse({ request, response }) {
              if (response.status !== 401) return undefined;
              return fetch(
                new Request(request, { headers: { ...Object.fromEntries(request.headers), authorization: 'Bearer sk_test_refreshed' } }),
              );
            },
          },
        ],
      },
      (res, req) =>
        (req.headers.authorization === 'Bearer sk_test_refreshed'
          ? json(200, { id: 'usr_1' })
          : apiError(401, 'unauthenticated', 'Expired.'))(res, req),
    );
    expect((await client.GET('/me')).data).toEqual({ id: 'usr_1' });
    expect(server.received.map((r) => r.headers.authorization)).toEqual(['Bearer sk_test_frontend', 'Bearer sk_test_refreshed']);

    client.use({ onRequest: () => Response.json({ id: 'usr_cached' }, { status: 200 }) });
    const cached = await client.GET('/me');
    expect(cached.data).toEqual({ id: 'usr_cached' });
    expect(server.received).toHaveLength(2);
  });
});
