/**
 * `@cantila/mock/msw`: MSW request handlers for every operation of the spec, answering as the mock
 * server does — the same policy checks (credentials, scopes, act-as, errors in the Error shape), the
 * same stateful store, the same Prism engine — in-process, without a port. For unit and component
 * tests with `msw/node` (vitest, jest, jsdom).
 */
import { readFileSync } from 'node:fs';
import type { ErrorStatus, OperationKey, paths } from '@cantila/client';
import { http, type HttpHandler } from 'msw';
import { createEngine, type Engine } from './engine.ts';
import { createPolicy, type Override } from './policy.ts';
import { readPreferences } from './prefer.ts';
import { type BodyRead, maxBodyBytes, type MockRequest } from './request.ts';
import { defaultSpecPath, loadMockSpec, type OperationPolicy } from './spec.ts';
import { createStatefulMock } from './state.ts';
import type { Clock } from './store/clock.ts';
import type { StoreState } from './store/state.ts';

export type { StoreState } from './store/state.ts';
export type { Clock } from './store/clock.ts';

export interface HandlersOptions {
  /** Where the app under test sends its requests: the API's base URL. Default: the spec's (`https://api.cantila.app/v1`). */
  baseUrl?: string;
  /**
   * The state the handlers start from, and go back to on `reset()`: a state file's contents (what
   * `cantila-mock --state FILE` writes, or `GET /__mock/state` answers) or its path. Default: the seed
   * (the items of the spec's examples), fresh.
   */
  state?: StoreState | string;
  /** The clock lifecycles advance on (a deploy goes live 10 s after it was created); tests pass one they move by hand. */
  clock?: Clock;
  /** Lifecycles run this many times faster. Default 1. */
  speed?: number;
  /** The bundled spec. Default: the one this package ships. */
  specPath?: string;
}

type Method<K> = K extends `${infer M} ${string}` ? Lowercase<M> : never;
type PathOf<K> = K extends `${string} ${infer P}` ? P : never;
type Responses<K extends OperationKey> =
  PathOf<K> extends keyof paths
    ? Method<K> extends keyof paths[PathOf<K>]
      ? paths[PathOf<K>][Method<K>] extends { responses: infer R }
        ? R
        : never
      : never
    : never;
/** The statuses operation `K` documents, a `default` response standing for every error status it does not list. */
export type StatusOf<K extends OperationKey> =
  | (keyof Responses<K> & number)
  | ('default' extends keyof Responses<K> ? Exclude<ErrorStatus, keyof Responses<K>> : never);
type ResponseAt<K extends OperationKey, S> = S extends keyof Responses<K>
  ? Responses<K>[S]
  : 'default' extends keyof Responses<K>
    ? Responses<K>['default']
    : never;
/** The JSON body of operation `K`'s response with status `S`, as the spec's schema types it. */
export type BodyOf<K extends OperationKey, S> = ResponseAt<K, S> extends { content: { 'application/json': infer B } } ? B : never;

/**
 * What operation `K` answers instead, for the requests every check lets through: a status alone (the
 * spec's example of that response, as `Prefer: code=…` gives it), or a body typed by the spec's schema
 * of that status — of the operation's usual success status when `status` is left out.
 */
export type OverrideReply<K extends OperationKey> =
  | { [S in StatusOf<K>]: { status: S; body?: BodyOf<K, S>; headers?: Record<string, string> } }[StatusOf<K>]
  | { status?: undefined; body: BodyOf<K, SuccessStatus<K>>; headers?: Record<string, string> };
type SuccessStatus<K extends OperationKey> = Extract<keyof Responses<K>, 200 | 201 | 202 | 204>;

export interface OverrideOptions {
  /** How many requests the override answers before the handlers answer as usual again. Default: every one, until `reset()`. */
  times?: number;
}

export interface CantilaHandlers {
  /** The handlers, one per operation and a last one for the rest of the base URL (404s, 405s): `setupServer(...handlers)`. */
  handlers: HttpHandler[];
  /**
   * Makes `operation` answer `reply` (after the credential, scope and act-as checks, which still apply)
   * until `reset()`, or for `times` requests. Returns a function that removes the override.
   */
  override<K extends OperationKey>(operation: K, reply: OverrideReply<K>, options?: OverrideOptions): () => void;
  /** Back to the starting state (the seed, or the `state` option's), with every override gone: for `afterEach`. */
  reset(): void;
  /** The store the handlers keep. */
  store: {
    /** The whole state, as a state file holds it. */
    snapshot(): StoreState;
    /** Replaces the whole state (a state file's contents); throws when it is not one. */
    load(state: StoreState): void;
  };
}

/** A fetch `Request` as the policy layer reads it, `path` being its path as the spec's base path has it (`/v1/projects?limit=2`). */
function mockRequestOf(request: Request, path: string): MockRequest {
  const headers: MockRequest['headers'] = {};
  const headersDistinct: Record<string, string[]> = {};
  // fetch joins a repeated header into one value, and sends no Host of its own.
  request.headers.forEach((value, name) => {
    headers[name] = value;
    headersDistinct[name] = [value];
  });
  const url = new URL(request.url);
  const host = url.host;
  headers.host ??= host;
  headersDistinct.host ??= [host];
  return {
    method: request.method.toUpperCase(),
    url: path,
    httpVersion: '1.1',
    headers,
    headersDistinct,
    remoteAddress: undefined,
    tls: url.protocol === 'https:',
    readBody: () => readBody(request),
    gone: () => request.signal.aborted,
  };
}

/** The body, read until it passes the limit. */
async function readBody(request: Request): Promise<BodyRead> {
  if (Number(request.headers.get('content-length')) > maxBodyBytes) return { tooLarge: true };
  if (!request.body) return { bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.length;
    if (size > maxBodyBytes) {
      // Not awaited: a tee'd body (MSW clones the request) settles its cancel only once every branch is cancelled.
      void reader.cancel();
      return { tooLarge: true };
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes };
}

/** Statuses whose answer has no body, whatever the reply says (fetch's Response refuses one). */
const bodiless = new Set([101, 204, 205, 304]);

/** Builds the handlers. The spec is read now; Prism's engine loads in the background, and the first request waits for it. */
export function createHandlers(options: HandlersOptions = {}): CantilaHandlers {
  const specPath = options.specPath ?? defaultSpecPath;
  const spec = loadMockSpec(specPath);
  const base = baseUrlOf(options.baseUrl ?? spec.model.conventions.serverUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const stateful = createStatefulMock(spec.model, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.speed ? { speed: options.speed } : {}),
  });
  const start = typeof options.state === 'string' ? readStateFile(options.state) : options.state;
  const overrides = new Map<string, { override: Override; remaining: number }>();
  const reset = (): void => {
    overrides.clear();
    if (start) stateful.store.load(start);
    else stateful.store.reset();
  };
  reset();

  // Prism loads meanwhile; a failure to load is each request's 500, in the Error shape.
  const loading = createEngine({ specPath, dynamic: false });
  loading.catch(() => undefined);
  const engine: Engine = { respond: async (request) => (await loading).respond(request) };
  const policy = createPolicy(spec, engine, {
    stateful,
    // No port, so no Host to guard; every origin may read the answers, as from the real API.
    network: { allowsOrigin: () => true, hostProblem: () => undefined },
    override(operation) {
      const entry = overrides.get(operation.key);
      if (!entry) return undefined;
      if (--entry.remaining <= 0) overrides.delete(operation.key);
      return entry.override;
    },
  });

  /** The path below the base URL, under the spec's base path: `undefined` for a request elsewhere. */
  const pathOf = (request: Request): string | undefined => {
    const url = new URL(request.url);
    if (url.origin !== base.origin) return undefined;
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return undefined;
    return `${spec.basePath}${url.pathname.slice(basePath.length)}${url.search}`;
  };

  const answer = async (request: Request, path: string): Promise<Response> => {
    const { status, headers, body } = await policy.answer(mockRequestOf(request, path));
    const location = headers.Location;
    if (location?.startsWith(`${spec.basePath}/`)) headers.Location = `${basePath}${location.slice(spec.basePath.length)}`;
    return new Response(request.method === 'HEAD' || bodiless.has(status) ? null : body, { status, headers });
  };

  /** A handler for the requests `matches` takes, answered by the policy layer. */
  const handler = (matches: (request: Request, path: string) => boolean): HttpHandler =>
    http.all(
      ({ request }) => {
        const path = pathOf(request);
        return path !== undefined && matches(request, path);
      },
      ({ request }) => answer(request, pathOf(request)!),
    );

  // Each operation's handler asks which operation a request is for: the router answers once per request.
  const routes = new WeakMap<Request, string | undefined>();
  const routedTo = (request: Request, path: string): string | undefined => {
    if (!routes.has(request)) {
      const found = spec.router.match(request.method.toUpperCase(), path.slice(spec.basePath.length).split('?')[0]!);
      routes.set(request, found && 'value' in found ? found.value.key : undefined);
    }
    return routes.get(request);
  };
  const handlers = [
    ...spec.operations.map((operation) => handler((request, path) => routedTo(request, path) === operation.key)),
    // The rest of the base URL: a path or method the API lacks gets its 404 or 405 in the Error shape.
    handler(() => true),
  ];

  return {
    handlers,
    reset,
    override(key, reply, { times = Number.POSITIVE_INFINITY } = {}) {
      const operation = spec.operations.find((op) => op.key === key);
      if (!operation) throw new TypeError(`override: the spec has no operation ${key}; write it as 'GET /projects/{project}'.`);
      if (!(times >= 1 && (Number.isInteger(times) || times === Number.POSITIVE_INFINITY)))
        throw new TypeError(`override: times must be a whole number of requests, 1 or more, not ${times}.`);
      const entry = { override: overrideOf(operation, reply as GivenReply), remaining: times };
      overrides.set(key, entry);
      return () => {
        if (overrides.get(key) === entry) overrides.delete(key);
      };
    },
    store: {
      snapshot: () => stateful.store.save(),
      load: (state) => stateful.store.load(state),
    },
  };

  /** The override as the policy layer takes it; throws when the spec does not document the status asked for. */
  function overrideOf(operation: OperationPolicy, reply: GivenReply): Override {
    if (reply.body === undefined) {
      const status = reply.status ?? Number.NaN;
      const found = readPreferences(operation, `code=${status}`, {}, spec.errorStatuses);
      if (found && 'fields' in found) throw new TypeError(`override: ${found.fields[0]!.message}.`);
      return { preferences: { code: status } };
    }
    const status = reply.status ?? Number(operation.responses.find((r) => /^2\d\d$/.test(r.status))?.status ?? 200);
    return { reply: { status, body: reply.body, ...(reply.headers ? { headers: reply.headers } : {}) } };
  }
}

type GivenReply = { status?: number; body?: unknown; headers?: Record<string, string> };

function baseUrlOf(text: string): URL {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new TypeError(
      `createHandlers: baseUrl must be an absolute http(s) URL such as https://api.cantila.app/v1, not ${JSON.stringify(text)}`,
    );
  }
  return url;
}

function readStateFile(path: string): StoreState {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as StoreState;
  } catch (cause) {
    throw new Error(`createHandlers: the state file ${path} could not be read: ${(cause as Error).message}`);
  }
}
