/**
 * The ways of making the benchmarks' two logical requests (GET a project, POST a new one) that more
 * than one benchmark measures: raw fetch, with a cancelling timeout, openapi-fetch as the client sets
 * it up, and @cantila/client itself.
 */
import createFetchClient from 'openapi-fetch';
import type { paths } from '../../../packages/client/src/generated/schema.ts';
import { PendingRequest } from '../../../packages/client/src/core/request.ts';
import type { createClient } from '../../../packages/client/src/index.ts';

export type Kind = 'GET' | 'POST';
export const kinds: readonly Kind[] = ['GET', 'POST'];

/** One way of making the same two logical requests; each resolves to the parsed body. */
export interface Contender {
  name: string;
  GET(): Promise<unknown>;
  POST(): Promise<unknown>;
}

export const contenderNames = {
  fetch: 'raw fetch',
  fetchTimeout: 'raw fetch + timeout',
  client: '@cantila/client',
};

const apiKey = 'sk_test_bench0000000000000000';
const actAs = 'client-acme';
export const headers = { Accept: 'application/json', Authorization: `Bearer ${apiKey}`, 'X-Cantila-Act-As': actAs };
export const newProject = {
  name: 'web-shop',
  region: 'fra1',
  source: { type: 'git', repo: 'https://github.com/acme/web-shop', branch: 'main' },
} as const;
export const project = { params: { path: { project: 'web-shop' } } };
/** The cancelling timeout of the "+ timeout" contenders: the client's default per-attempt timeout. */
export const timeoutMs = 30_000;

const requestFor = (baseUrl: string, kind: Kind): [string, RequestInit] =>
  kind === 'GET'
    ? [`${baseUrl}/projects/web-shop`, { headers }]
    : [
        `${baseUrl}/projects`,
        { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(newProject) },
      ];

/**
 * Runs `send` under a cancelling timeout as the client's is built: an AbortController and a timer per
 * request, the controller's signal handed to `send`, the timer cleared once `send` (body included) is done.
 */
async function withTimeout<T>(send: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await send(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

export const rawFetch = (baseUrl: string): Contender => ({
  name: contenderNames.fetch,
  GET: () => fetch(...requestFor(baseUrl, 'GET')).then((r) => r.json()),
  POST: () => fetch(...requestFor(baseUrl, 'POST')).then((r) => r.json()),
});

export function rawFetchWithTimeout(baseUrl: string): Contender {
  const send = (kind: Kind) => () =>
    withTimeout((signal) => {
      const [url, init] = requestFor(baseUrl, kind);
      init.signal = signal;
      return fetch(url, init).then((r) => r.json());
    });
  return { name: contenderNames.fetchTimeout, GET: send('GET'), POST: send('POST') };
}

export const unwrap = <T>(result: { data?: T; error?: unknown }): T => {
  if (result.error !== undefined || result.data === undefined) throw new Error(`request failed: ${String(result.error)}`);
  return result.data;
};

/**
 * openapi-fetch as the client sets it up (its `Request` option keeps url and init, no Request is
 * built, and its fetch calls fetch(url, init)) with a cancelling timeout, and, with `idempotencyKey`,
 * an Idempotency-Key on the POST: every block of the client but its own code.
 */
export function openapiFetchWithTimeout(baseUrl: string, { idempotencyKey }: { idempotencyKey: boolean }): Contender {
  const viaInit = createFetchClient<paths>({
    baseUrl,
    headers,
    Request: PendingRequest as unknown as typeof Request,
    fetch: (request) => {
      const pending = request as unknown as PendingRequest;
      return fetch(pending.url, pending.init);
    },
  });
  return {
    name: `openapi-fetch + timeout${idempotencyKey ? ' + Idempotency-Key' : ''}`,
    GET: () => withTimeout((signal) => viaInit.GET('/projects/{project}', { ...project, signal }).then(unwrap)),
    POST: () =>
      withTimeout((signal) =>
        viaInit
          .POST('/projects', {
            body: newProject,
            ...(idempotencyKey ? { headers: { 'Idempotency-Key': crypto.randomUUID() } } : {}),
            signal,
          })
          .then(unwrap),
      ),
  };
}

/** @cantila/client (as built, `client`) with its full default stack: API key, act-as, timeout, retries, error mapping. */
export function cantilaClient(client: { createClient: typeof createClient }, baseUrl: string): Contender {
  const cantila = client.createClient({ apiKey, baseUrl, actAs });
  return {
    name: contenderNames.client,
    GET: () => cantila.GET('/projects/{project}', project).then(unwrap),
    POST: () => cantila.POST('/projects', { body: newProject }).then(unwrap),
  };
}
