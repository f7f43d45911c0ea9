/**
 * A seeded, bounded run of generated malformed requests across every operation (Prism's `Prefer` and
 * `__…` preferences among them): the mock must answer each one in time, never fail itself (no 500
 * unless a preference asked for it), and answer a status the spec documents, every error in the Error shape.
 */
// @ts-nocheck

import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { useMock } from './support/mock.ts';
import { errorShapeErrors, examplePath, exampleRequest, keyFor, operations, statusesOf, type Operation } from './support/spec.ts';

const server = useMock();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
afterAll(() => agent.destroy());

const runs = 1_200;
const perRequestTimeoutMs = 5_000;

const templates = operations.map((op) => ({
  op,
  regex: new RegExp(`^/v1${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  literal: op.path.split('/').filter((s) => s && !s.startsWith('{')).length,
}));

/**
 * The statuses documented for the request a draft makes: those of the operation its method and path
 * address (a mutation may address another one; HEAD addresses the GET), else ErrorCode's 405 for a
 * path without that method and 404 for a path the spec lacks.
 */
function documentedStatuses(draft: Draft): number[] {
  const onPath = templates.filter((t) => t.regex.test(draft.path)).sort((a, b) => b.literal - a.literal);
  const mostSpecific = onPath.filter((t) => t.op.path === onPath[0]?.op.path);
  // HEAD is answered as the path's GET.
  const method = draft.method === 'HEAD' && !mostSpecific.some((t) => t.op.method === 'head') ? 'GET' : draft.method;
  const addressed = mostSpecific.find((t) => t.op.method.toUpperCase() === method);
  if (addressed) return statusesOf(addressed.op);
  return mostSpecific.length > 0 ? [405] : [404];
}

/** Whether the draft carries a Prism preference (`Prefer`, or a `__…` query parameter): a wrong one is a 422 on any operation. */
const prefers = (draft: Draft): boolean =>
  !!draft.headers.prefer || [...new URLSearchParams(draft.query).keys()].some((name) => name.startsWith('__'));

/** Whether the draft asks for the operation's 500 by preference: the one way a 500 is a right answer. */
const asksFor500 = (draft: Draft): boolean =>
  /(?:^|[\s,])code\s*=\s*"?500\b/i.test(draft.headers.prefer ?? '') || new URLSearchParams(draft.query).getAll('__code').includes('500');

interface Draft {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string | undefined;
}

type Mutation = (draft: Draft) => Draft;

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 });
const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const notJson = anyText.filter((text) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
});

/** The example names of every response of `op`, as `Prefer: example=` picks them. */
function exampleNamesOf(op: Operation): string[] {
  return op.responses.flatMap((response) => response.body?.examples.map((example) => example.name) ?? []);
}

/** Prism preferences for `op`, right and wrong: documented and undocumented statuses, its example names and others, dynamic or not. */
function preferencesFor(op: Operation): fc.Arbitrary<[string, string][]> {
  const option = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  return fc
    .record({
      code: option(fc.oneof(fc.constantFrom(...statusesOf(op).map(String)), fc.integer({ min: 100, max: 599 }).map(String), printable)),
      example: option(fc.oneof(fc.constantFrom('default', ...exampleNamesOf(op)), printable)),
      dynamic: option(fc.constantFrom('true', 'false', '', 'yes')),
    })
    .map((preferences) => Object.entries(preferences).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function mutationsFor(op: Operation): fc.Arbitrary<Mutation>[] {
  const pathNames = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const queryNames = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const mutations: fc.Arbitrary<Mutation>[] = [
    printable.map((value) => (d: Draft) => ({ ...d, headers: { ...d.headers, authorization: value } })),
    printable.map((value) => (d: Draft) => {
      const { authorization: _, ...headers } = d.headers;
      return { ...d, headers: { ...headers, cookie: `cantila_session=${value}` } };
    }),
    fc.constant((d: Draft) => {
      const { authorization: _, ...headers } = d.headers;
      return { ...d, headers };
    }),
    printable.map((value) => (d: Draft) => ({ ...d, headers: { ...d.headers, 'x-cantila-act-as': value } })),
    fc
      .constantFrom('read', 'deploy')
      .map((scope) => (d: Draft) => ({ ...d, headers: { ...d.headers, authorization: `Bearer ${keyFor(scope)}` } })),
    fc.dictionary(fc.constantFrom(...queryNames, 'limit', 'cursor', 'x'), anyText, { maxKeys: 3 }).map((query) => (d: Draft) => ({
      ...d,
      query: new URLSearchParams(query).toString(),
    })),
    fc
      .oneof(
        preferencesFor(op).map((entries) => entries.map(([name, value]) => `${name}=${value}`).join(', ')),
        printable,
      )
      .map((prefer) => (d: Draft) => ({ ...d, headers: { ...d.headers, prefer } })),
    preferencesFor(op).map((entries) => (d: Draft) => {
      const query = new URLSearchParams(d.query);
      for (const [name, value] of entries) query.append(`__${name}`, value);
      return { ...d, query: query.toString() };
    }),
    fc.constantFrom('GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD', 'TRACE').map((method) => (d: Draft) => ({ ...d, method })),
    fc.stringMatching(/^[a-z0-9_-]{1,12}$/).map((segment) => (d: Draft) => ({ ...d, path: `${d.path}/${segment}` })),
  ];
  if (pathNames.length > 0) {
    const value = fc.oneof(
      anyText.filter((t) => t.length > 0).map(encodeURIComponent),
      fc.stringMatching(/^[a-z]{0,3}%[0-9A-Za-z]{0,2}[a-z%]{0,4}$/),
    );
    mutations.push(
      fc.tuple(fc.constantFrom(...pathNames), value).map(([name, raw]) => (d: Draft) => ({
        ...d,
        path: `/v1${op.path}`.replace(/\{([^}]+)\}/g, (_, n: string) =>
          n === name ? raw : encodeURIComponent(exampleRequest(op).path[n]!),
        ),
      })),
    );
  }
  if (op.requestBody) {
    mutations.push(
      notJson.map((body) => (d: Draft) => ({ ...d, body })),
      fc.jsonValue({ maxDepth: 3 }).map((value) => (d: Draft) => ({ ...d, body: JSON.stringify(value) })),
      printable.map((type) => (d: Draft) => ({ ...d, headers: { ...d.headers, 'content-type': type } })),
    );
  }
  if (op.takesIdempotencyKey)
    mutations.push(
      fc
        .oneof(printable, fc.string({ minLength: 256, maxLength: 300 }))
        .map((key) => (d: Draft) => ({ ...d, headers: { ...d.headers, 'idempotency-key': key } })),
    );
  return mutations;
}

function baseline(op: Operation): Draft {
  const example = exampleRequest(op);
  const query = new URLSearchParams(Object.entries(example.query).map(([k, v]) => [k, String(v)])).toString();
  const headers: Record<string, string> = { authorization: `Bearer ${keyFor('admin')}` };
  if (example.body !== undefined) headers['content-type'] = 'application/json';
  return {
    method: op.method.toUpperCase(),
    path: examplePath(op),
    query,
    headers,
    body: example.body === undefined ? undefined : JSON.stringify(example.body),
  };
}

const byKey = new Map(operations.map((op) => [op.key, op]));
// Carries the operation's key rather than the operation, so a counterexample prints short.
const requestsByKey = new Map(
  [...byKey].map(([key, op]) => [
    key,
    fc
      .array(fc.oneof(...mutationsFor(op)), { minLength: 1, maxLength: 3 })
      .map((mutations) => ({ key, draft: mutations.reduce((d, mutate) => mutate(d), baseline(op)) })),
  ]),
);
const malformedRequest = fc.constantFrom(...byKey.keys()).chain((key) => requestsByKey.get(key)!);

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function sendRaw(draft: Draft): Promise<Reply> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: draft.method,
        path: draft.path + (draft.query ? `?${draft.query}` : ''),
        // A body is always framed by its length, as fetch and curl send it, whatever the method.
        headers: draft.body === undefined ? draft.headers : { ...draft.headers, 'content-length': String(Buffer.byteLength(draft.body)) },
        timeout: perRequestTimeoutMs,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${perRequestTimeoutMs} ms`)));
    req.on('error', reject);
    req.end(draft.body);
  });
}

it(`answers ${runs} generated malformed requests in time, with documented statuses and Error bodies`, async () => {
  let sent = 0;
  const seen = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(malformedRequest, async ({ key, draft }) => {
      const reply = await sendRaw(draft);
      sent += 1;
      seen.set(reply.status, (seen.get(reply.status) ?? 0) + 1);
      const where = `${draft.method} ${draft.path}?${draft.query}${draft.headers.prefer === undefined ? '' : ` Prefer: ${draft.headers.prefer}`} (from ${key}) → ${reply.status} ${reply.text.slice(0, 300)}`;
      if (!asksFor500(draft)) expect(reply.status, where).not.toBe(500);
      expect([...documentedStatuses(draft), ...(prefers(draft) ? [422] : [])], where).toContain(reply.status);
      expect(reply.headers['x-request-id'], where).toMatch(/^req_[A-Za-z0-9]+$/);
      if (reply.status >= 400 && draft.method !== 'HEAD') {
        const body = JSON.parse(reply.text);
        expect(errorShapeErrors(body), where).toEqual([]);
        expect(body.request_id, where).toBe(reply.headers['x-request-id']);
      }
    }),
    { numRuns: runs, seed: 20261128, endOnFailure: true },
  );
  expect(sent).toBeGreaterThanOrEqual(runs);
  // Every kind of refusal was reached, not only one.
  expect([...seen.keys()]).toEqual(expect.arrayContaining([400, 401, 403, 404, 405, 422]));
  const health = await sendRaw({ method: 'GET', path: '/v1/health', query: '', headers: {}, body: undefined });
  expect(health.status).toBe(200);
});
