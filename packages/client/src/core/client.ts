import openapiFetch, { type Middleware, mergeHeaders } from 'openapi-fetch';
import type { paths } from '../generated/schema.ts';
import { actAs as actAsHeader, idempotencyKeyMethods } from '../generated/conventions.ts';
import { authFor } from './auth.ts';
import { type DeprecationNotices, deprecationNotices } from './deprecation.ts';
import { deprecatedOperations } from '../generated/operations.ts';
import { pages } from './pagination.ts';
import { newIdempotencyKey } from './idempotency.ts';
import { checkHandle, invalidNumber, invalidPathParameter } from './options.ts';
import { redact } from './redact.ts';
import { PendingRequest } from './request.ts';
import { defaultRetryStatuses, type RetryPolicy, type RetryTiming } from './retry.ts';
import { call, retryRule, type TransportSettings } from './transport.ts';
import type { Call, Calls, InitArgs, ItemOf, ListPath, Page, RequestExtras, RequestInitFor, Result } from './types.ts';

/** The production API. */
export const defaultBaseUrl = 'https://api.cantila.app/v1';

// openapi-fetch's CJS build sets `exports.default` without `__esModule`, so from our CJS build the
// default import is its module object; from ESM it is the function itself.
const createFetchClient = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

/** Options of `createClient`. Every one is optional; the defaults suit a server-side integration. */
export interface ClientOptions {
  /**
   * An API key (`sk_…`), sent as `Authorization: Bearer`. Omit it in the browser: requests then carry
   * the signed-in `cantila_session` cookie (`credentials: 'include'`). Elsewhere a missing key is an
   * error (an unset `CANTILA_API_KEY` must not make an unauthenticated client) unless `auth` says otherwise.
   */
  apiKey?: string;
  /**
   * Authenticate without an API key: `'session'` sends the `cantila_session` cookie (the browser's,
   * or a `Cookie` header you set in `headers`; the default in a browser), `'none'` sends no credential
   * (only `GET /health` answers). Not together with `apiKey`.
   */
  auth?: 'session' | 'none';
  /** Where the API lives. Default `https://api.cantila.app/v1`; the mock serves `http://127.0.0.1:4010/v1`. */
  baseUrl?: string;
  /** A sub-account handle to act as on every request (`X-Cantila-Act-As`); see also `client.actAs()`. */
  actAs?: string;
  /** Per attempt, in ms, until the whole response has arrived. Default 30 000. */
  timeout?: number;
  /**
   * For a whole call, in ms: its attempts and the waits between them. No default: then a call can take
   * up to 3 × 30 s plus the waits (up to 2 × 60 s when the server asks with `Retry-After`), 3.5 minutes.
   */
  totalTimeout?: number;
  /** Retries after the first attempt, of what `retry` allows (connection errors, timeouts, `defaultRetryStatuses`). Default 2. */
  maxRetries?: number;
  /** Backoff between retries, in ms. Defaults: `initialDelay` 500, `maxDelay` 8 000, `maxRetryAfter` 60 000. */
  retryDelay?: Partial<RetryTiming>;
  /** What is retried: `statuses` (default `defaultRetryStatuses`) and your own `shouldRetry`. */
  retry?: RetryPolicy;
  /** The largest response body the client reads, in bytes (a larger one is a `ResponseTooLargeError`). Default 10 MiB. */
  maxResponseSize?: number;
  /** openapi-fetch middleware (`onRequest`, `onResponse`, `onError`), run on every attempt; see also `client.use()`. */
  middleware?: Middleware[];
  /**
   * Debug logging of every attempt, retry and failure: `true` logs with `console.debug`, a function
   * receives each line. Credentials (Authorization, Cookie, anything like `sk_…`) are redacted.
   */
  debug?: boolean | ((line: string) => void);
  /** Headers to send on every request, in any `HeadersInit` form. */
  headers?: HeadersInit;
  /** A fetch to use instead of `globalThis.fetch` (read at call time). */
  fetch?: (request: Request) => Promise<Response>;
  /** Allow an `sk_` key in a browser. Only for pages that no one but the key's owner can open. */
  dangerouslyAllowBrowser?: boolean;
}

type UpperMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
type AnyInit = RequestExtras & {
  params?: { header?: Record<string, unknown>; query?: Record<string, unknown>; path?: Record<string, unknown> };
};

/** Options of `paginate`, besides the list operation's own. */
export interface PaginateOptions {
  /** The most pages to fetch; past it `paginate` throws an `InvalidResponseError`. Default 1,000. */
  maxPages?: number;
}

/** Headers given as `[name, value][]` made a `Headers` (openapi-fetch would read them as a record, names `0`, `1`…). */
const headersOf = <H>(headers: H): H | Headers => (Array.isArray(headers) ? new Headers(headers) : headers);

/**
 * A request's headers with the generated `Idempotency-Key` under them, so the caller's own headers
 * still win (a `null` too, which openapi-fetch reads as "remove this header").
 */
function withIdempotencyKey(key: string, headers: RequestExtras['headers']): RequestExtras['headers'] {
  return headers instanceof Headers ? mergeHeaders({ 'Idempotency-Key': key }, headers) : { 'Idempotency-Key': key, ...headers };
}

/**
 * The Cantila API client. Create one with `createClient`. Every call resolves to `{data, error,
 * response, requestId}` and never rejects for an API or network failure (only when your own
 * `signal` aborts); `client.throwing` has the same calls but throws the typed error instead.
 */
export class CantilaClient implements Calls<'result'> {
  readonly #options: ClientOptions;
  readonly #settings: TransportSettings;
  readonly #deprecations: DeprecationNotices;
  readonly #middleware: Middleware[];
  #fetchClient!: Record<UpperMethod, (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>>;

  /** Calls a GET operation: `await client.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } })`. */
  readonly GET: Call<'get', 'result'> = (path, ...init) => this.#call('GET', path, init[0] as AnyInit) as never;
  /** Calls a PUT operation. */
  readonly PUT: Call<'put', 'result'> = (path, ...init) => this.#call('PUT', path, init[0] as AnyInit) as never;
  /** Calls a POST operation. One that takes an `Idempotency-Key` gets a fresh key, kept across retries. */
  readonly POST: Call<'post', 'result'> = (path, ...init) => this.#call('POST', path, init[0] as AnyInit) as never;
  /** Calls a PATCH operation. */
  readonly PATCH: Call<'patch', 'result'> = (path, ...init) => this.#call('PATCH', path, init[0] as AnyInit) as never;
  /** Calls a DELETE operation. */
  readonly DELETE: Call<'delete', 'result'> = (path, ...init) => this.#call('DELETE', path, init[0] as AnyInit) as never;

  /**
   * The same calls in the throwing style: they resolve to `{data, response, requestId}` on success and
   * throw the typed error (`NotFoundError`, `RateLimitError`, `ConnectionError`, …) otherwise.
   */
  readonly throwing: Calls<'success'>;

  /** Use `createClient(options)`. */
  constructor(options: ClientOptions = {}) {
    this.#options = options;
    const auth = authFor(options);
    if (options.actAs !== undefined) checkHandle(options.actAs);
    const invalid = invalidNumber('createClient: ', { ...options, ...options.retryDelay });
    if (invalid) throw invalid;
    const statuses = options.retry?.statuses ?? defaultRetryStatuses;
    const sink = options.debug === true ? (line: string) => console.debug(line) : options.debug || undefined;
    this.#settings = {
      fetch: options.fetch,
      timeout: options.timeout ?? 30_000,
      maxRetries: options.maxRetries ?? 2,
      retryable: retryRule(statuses),
      shouldRetry: options.retry?.shouldRetry,
      maxResponseSize: options.maxResponseSize ?? 10 * 1024 * 1024,
      initialDelay: options.retryDelay?.initialDelay ?? 500,
      maxDelay: options.retryDelay?.maxDelay ?? 8_000,
      maxRetryAfter: options.retryDelay?.maxRetryAfter ?? 60_000,
      log: sink && ((line) => sink(redact(line))),
    };
    this.#deprecations = deprecationNotices(
      (operation) => deprecatedOperations[operation],
      typeof options.debug === 'function' ? options.debug : (line) => console.warn(line),
    );
    this.#middleware = [...(options.middleware ?? [])];
    this.#connect(auth);
    const throwing: Partial<Record<UpperMethod, unknown>> = {};
    for (const method of ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'] as const) {
      throwing[method] = async (path: string, init?: AnyInit) => {
        const result = await this.#call(method, path, init);
        if (result.error) throw result.error;
        return result;
      };
    }
    this.throwing = throwing as never;
  }

  /**
   * A client like this one that acts as the sub-account `handle`: every request carries
   * `X-Cantila-Act-As: handle`. The original client is unchanged. Throws a TypeError for anything
   * that is not a handle, `undefined` (an unset variable) included.
   */
  actAs(handle: string): CantilaClient {
    checkHandle(handle);
    return new CantilaClient({ ...this.#options, actAs: handle, middleware: this.#middleware });
  }

  /**
   * Adds openapi-fetch middleware (`{ onRequest, onResponse, onError }`), run in order on every attempt,
   * inside the client's retries and timeouts: tracing, a session refresh, metrics. Clients made later
   * with `actAs()` keep it. (With middleware each request is a real `Request`, built a little slower.)
   */
  use(...middleware: Middleware[]): this {
    this.#middleware.push(...middleware);
    this.#connect(authFor(this.#options));
    return this;
  }

  /** (Re)makes the openapi-fetch client with the client's headers and middleware. */
  #connect(auth: ReturnType<typeof authFor>): void {
    const options = this.#options;
    this.#fetchClient = createFetchClient<paths>({
      baseUrl: options.baseUrl ?? defaultBaseUrl,
      // A record, not Headers: openapi-fetch merges these into every request, and iterates a record faster.
      headers: Object.fromEntries(
        mergeHeaders(
          { Accept: 'application/json' },
          headersOf(options.headers),
          auth.headers,
          options.actAs ? { [actAsHeader.header]: options.actAs } : {},
        ),
      ),
      ...(auth.credentials ? { credentials: auth.credentials } : {}),
      ...(this.#middleware.length ? {} : { Request: PendingRequest as unknown as typeof Request }),
    }) as never;
    if (this.#middleware.length) (this.#fetchClient as unknown as { use(...m: Middleware[]): void }).use(...this.#middleware);
  }

  /**
   * Iterates over every item of a list operation, fetching the next page (`next_cursor`) as needed:
   * `for await (const project of client.paginate('/projects', { params: { query: { limit: 100 } } }))`.
   * Throws the typed error when a page fails (after the usual retries).
   */
  paginate<P extends ListPath>(
    path: P,
    ...init: InitArgs<RequestInitFor<P, 'get'> & PaginateOptions>
  ): AsyncGenerator<ItemOf<P>, void, undefined> {
    const { maxPages = 1_000, ...options } = (init[0] ?? {}) as AnyInit & PaginateOptions;
    const invalid = invalidNumber(`paginate ${path}: `, { maxPages });
    if (invalid) throw invalid;
    const fetchPage = (cursor: string | undefined) =>
      this.#call('GET', path, { ...options, params: { ...options.params, query: { ...options.params?.query, cursor } } }) as Promise<
        Result<Page<ItemOf<P>>>
      >;
    return pages(`GET ${path}`, options.params?.query?.cursor as string | undefined, fetchPage, maxPages);
  }

  #call(method: UpperMethod, path: string, init: AnyInit = {}): Promise<Result<unknown>> {
    const { timeout, totalTimeout, maxRetries, idempotencyKey, signal, ...rest } = init;
    const operation = `${method} ${path}`;
    const where = `${operation}: `;
    const invalid =
      (timeout === undefined && totalTimeout === undefined && maxRetries === undefined
        ? undefined
        : invalidNumber(where, { timeout, totalTimeout, maxRetries })) ??
      (path.includes('{') ? invalidPathParameter(where, path, rest.params?.path) : undefined);
    if (invalid) return Promise.reject(invalid);
    const key = idempotencyKey === undefined && idempotencyKeyMethods.has(method) ? newIdempotencyKey() : idempotencyKey;
    // openapi-fetch's init, made once per call; each attempt sets its own signal and fetch on it.
    const fetchInit: Record<string, unknown> = rest;
    rest.headers = headersOf(rest.headers);
    if (key) fetchInit.headers = withIdempotencyKey(key, rest.headers);
    this.#deprecations.calling(operation);
    return call(
      (attemptSignal, send) => {
        fetchInit.signal = attemptSignal;
        fetchInit.fetch = send;
        return this.#fetchClient[method](path, fetchInit);
      },
      this.#settings,
      {
        method,
        timeout: timeout ?? this.#settings.timeout,
        totalTimeout: totalTimeout ?? this.#options.totalTimeout,
        maxRetries: maxRetries ?? this.#settings.maxRetries,
        signal,
        onResponse: (response) => this.#deprecations.received(operation, response),
      },
    );
  }
}

/**
 * Creates a Cantila API client.
 * @example
 * const cantila = createClient({ apiKey: process.env.CANTILA_API_KEY });
 * const { data, error } = await cantila.GET('/me');
 */
export function createClient(options: ClientOptions = {}): CantilaClient {
  return new CantilaClient(options);
}
