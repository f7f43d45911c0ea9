import { afterEach, expect, it } from 'vitest';
import { createClient, InvalidResponseError, NotFoundError, type Schema } from '../src/index.ts';
import { apiError, json, raw, startServer, type Reply, type TestServer } from './server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves `/v1/projects` as pages of `size` projects named p1…pN, following `cursor`. */
function projects(total: number): Reply {
  return (res, req) => {
    const query = new URL(req.url, 'http://x').searchParams;
    const size = Number(query.get('limit') ?? 2);
    const start = Number(query.get('cursor') ?? 0);
    const names = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => `p${start + i + 1}`);
    const next = start + size < total ? String(start + size) : null;
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Request-Id': `req_page_${start}` });
    res.end(JSON.stringify({ data: names.map((name) => ({ id: `prj_${name}`, name })), next_cursor: next }));
  };
}

const client = (baseUrl: string) => createClient({ apiKey: 'sk_test_pages', baseUrl, retryDelay: { initialDelay: 1 } });

it('yields every item of every page, following next_cursor and keeping the query', async () => {
  server = await startServer(projects(7));
  const names: string[] = [];
  for await (const project of client(server.baseUrl).paginate('/projects', { params: { query: { limit: 3 } } })) names.push(project.name);
  expect(names).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  expect(server.received.map((r) => r.url)).toEqual([
    '/v1/projects?limit=3',
    '/v1/projects?limit=3&cursor=3',
    '/v1/projects?limit=3&cursor=6',
  ]);
});

it('fetches a page only when the loop gets there', async () => {
  server = await startServer(projects(10));
  const first: Schema<'Project'>[] = [];
  for await (const project of client(server.baseUrl).paginate('/projects')) {
    first.push(project);
    if (first.length === 3) break;
  }
  expect(first.map((p) => p.name)).toEqual(['p1', 'p2', 'p3']);
  expect(server.received).toHaveLength(2);
});

it('starts from a given cursor and ends on an empty last page', async () => {
  server = await startServer(projects(4));
  const names: string[] = [];
  for await (const project of client(server.baseUrl).paginate('/projects', { params: { query: { cursor: '2', limit: 2 } } }))
    names.push(project.name);
  expect(names).toEqual(['p3', 'p4']);
});

it('sends the act-as header on every page', async () => {
  server = await startServer(projects(3));
  const items = [];
  for await (const item of client(server.baseUrl).actAs('client-acme').paginate('/projects')) items.push(item);
  expect(items).toHaveLength(3);
  expect(server.received.map((r) => r.headers['x-cantila-act-as'])).toEqual(['client-acme', 'client-acme']);
});

it('throws the typed error of a page that fails', async () => {
  let calls = 0;
  const firstPageThenNotFound: Reply = (res, req) =>
    ++calls === 1 ? projects(5)(res, req) : apiError(404, 'not_found', 'No such cursor.')(res, req);
  server = await startServer(firstPageThenNotFound);
  const names: string[] = [];
  const loop = async () => {
    for await (const project of client(server!.baseUrl).paginate('/projects')) names.push(project.name);
  };
  await expect(loop()).rejects.toBeInstanceOf(NotFoundError);
  expect(names).toEqual(['p1', 'p2']);
});

/** Runs a loop over every project, returning what it threw. */
async function failure(baseUrl: string): Promise<unknown> {
  try {
    for await (const _ of client(baseUrl).paginate('/projects')) void _;
  } catch (error) {
    return error;
  }
  return undefined;
}

it('stops with InvalidResponseError when the server hands back the same cursor', async () => {
  server = await startServer(json(200, { data: [{ id: 'prj_1', name: 'p1' }], next_cursor: 'same' }));
  const error = await failure(server.baseUrl);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(server.received).toHaveLength(2);
});

it('stops when the server hands back the cursor the loop started from', async () => {
  server = await startServer(json(200, { data: [{ id: 'prj_1', name: 'p1' }], next_cursor: 'start' }));
  const pages = client(server.baseUrl).paginate('/projects', { params: { query: { cursor: 'start' } } });
  await expect(pages.next()).rejects.toThrow('GET /projects returned the cursor start again (a loop).');
  expect(server.received.map((r) => r.url)).toEqual(['/v1/projects?cursor=start']);
});

it('stops when cursors go round in a cycle, A → B → A', async () => {
  const pages: Reply[] = [
    json(200, { data: [{ id: 'prj_1', name: 'p1' }], next_cursor: 'A' }),
    json(200, { data: [{ id: 'prj_2', name: 'p2' }], next_cursor: 'B' }),
    json(200, { data: [{ id: 'prj_3', name: 'p3' }], next_cursor: 'A' }, { 'X-Request-Id': 'req_cycle' }),
    // Where a client that only compares with the previous cursor would go on; never reached.
    apiError(404, 'not_found', 'Looped.'),
  ];
  server = await startServer(...pages);
  const error = await failure(server.baseUrl);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(error).toMatchObject({
    code: 'invalid_response',
    status: 200,
    requestId: 'req_cycle',
    message: 'GET /projects returned the cursor A again (a loop).',
  });
  expect(server.received.map((r) => r.url)).toEqual(['/v1/projects', '/v1/projects?cursor=A', '/v1/projects?cursor=B']);
});

it.each([
  ['`data` missing', json(200, { next_cursor: null }), 'a page with no `data` list'],
  ['`data` null', json(200, { data: null, next_cursor: null }), 'a page with no `data` list'],
  ['`data` not a list', json(200, { data: { id: 'prj_1' }, next_cursor: null }), 'a page with no `data` list'],
  ['a 204', raw(204, ''), 'a page with no `data` list'],
  ['`next_cursor` missing', json(200, { data: [{ id: 'prj_1', name: 'p1' }] }), 'a page with no `next_cursor` string or null'],
  ['`next_cursor` a number', json(200, { data: [], next_cursor: 2 }), 'a page with no `next_cursor` string or null'],
])('throws InvalidResponseError naming the field for a page with %s', async (_, page, problem) => {
  server = await startServer(page);
  const error = await failure(server.baseUrl);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect((error as Error).message).toBe(`GET /projects returned ${problem}.`);
});

it('throws InvalidResponseError for a page with an empty 200 body', async () => {
  server = await startServer(raw(200, '', { 'Content-Type': 'application/json' }));
  const error = await failure(server.baseUrl);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect((error as Error).message).toBe(`200 from GET ${server.baseUrl}/projects is not valid JSON (the body is empty).`);
});
