// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import openapiFetch, { type Middleware, mergeHeaders } from 'openapi-fetch';
import type { paths } from '../generated/schema.ts';
import { actAs as actAsHeader } from '../generated/conventions.ts';
import { authFor } from './auth.ts';
import { type DeprecationNotices, deprecationNotices } from './deprecation.ts';
import { deprecatedOperations } from '../generated/operations.ts';
import { pages } from './pagination.ts';
import { newIdempotencyKey } from './idempotency.ts';
import { checkHandle, invalidNumber, invalidPathParameter } from './options.ts';
import { redact } from './redact.ts';
import { PendingRequest } from './request.ts';
import { defaultRetryStatuses, type RetryPolicy, type RetryTiming } from './retry.ts';
import { takesIdempotencyKey } from './scope.ts';
import { call, retryRule, type TransportSettings } from './transport.ts';
import type { Call, Calls, InitArgs, ItemOf, ListPath, Page, RequestExtras, RequestInitFor, Result } from './types.ts';

/** The production API. */
export const defaultBaseUrl = stryMutAct_9fa48("76") ? "" : (stryCov_9fa48("76"), 'https://api.cantila.app/v1');

// openapi-fetch's CJS build sets `exports.default` without `__esModule`, so from our CJS build the
// default import is its module object; from ESM it is the function itself.
const createFetchClient = stryMutAct_9fa48("77") ? (openapiFetch as unknown as {
  default?: typeof openapiFetch;
}).default && openapiFetch : (stryCov_9fa48("77"), (openapiFetch as unknown as {
  default?: typeof openapiFetch;
}).default ?? openapiFetch);

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
  params?: {
    header?: Record<string, unknown>;
    query?: Record<string, unknown>;
    path?: Record<string, unknown>;
  };
};

/** Options of `paginate`, besides the list operation's own. */
export interface PaginateOptions {
  /** The most pages to fetch; past it `paginate` throws an `InvalidResponseError`. Default 1,000. */
  maxPages?: number;
}

/** Headers given as `[name, value][]` made a `Headers` (openapi-fetch would read them as a record, names `0`, `1`…). */
const headersOf = stryMutAct_9fa48("78") ? () => undefined : (stryCov_9fa48("78"), (() => {
  const headersOf = <H,>(headers: H): H | Headers => Array.isArray(headers) ? new Headers(headers) : headers;
  return headersOf;
})());

/**
 * A request's headers with the generated `Idempotency-Key` under them, so the caller's own headers
 * still win (a `null` too, which openapi-fetch reads as "remove this header").
 */
function withIdempotencyKey(key: string, headers: RequestExtras['headers']): RequestExtras['headers'] {
  if (stryMutAct_9fa48("79")) {
    {}
  } else {
    stryCov_9fa48("79");
    return headers instanceof Headers ? mergeHeaders(stryMutAct_9fa48("80") ? {} : (stryCov_9fa48("80"), {
      'Idempotency-Key': key
    }), headers) : stryMutAct_9fa48("81") ? {} : (stryCov_9fa48("81"), {
      'Idempotency-Key': key,
      ...headers
    });
  }
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
  #fetchClient!: Record<UpperMethod, (path: string, init: object) => Promise<{
    data?: unknown;
    error?: unknown;
    response: Response;
  }>>;

  /** Calls a GET operation: `await client.GET('/projects/{project}', { params: { path: { project: 'web-shop' } } })`. */
  readonly GET: Call<'get', 'result'> = stryMutAct_9fa48("82") ? () => undefined : (stryCov_9fa48("82"), (path, ...init) => this.#call('GET', path, init[0]) as never);
  /** Calls a PUT operation. */
  readonly PUT: Call<'put', 'result'> = stryMutAct_9fa48("83") ? () => undefined : (stryCov_9fa48("83"), (path, ...init) => this.#call('PUT', path, init[0]) as never);
  /** Calls a POST operation. One that takes an `Idempotency-Key` gets a fresh key, kept across retries. */
  readonly POST: Call<'post', 'result'> = stryMutAct_9fa48("84") ? () => undefined : (stryCov_9fa48("84"), (path, ...init) => this.#call('POST', path, init[0]) as never);
  /** Calls a PATCH operation. */
  readonly PATCH: Call<'patch', 'result'> = stryMutAct_9fa48("85") ? () => undefined : (stryCov_9fa48("85"), (path, ...init) => this.#call('PATCH', path, init[0]) as never);
  /** Calls a DELETE operation. */
  readonly DELETE: Call<'delete', 'result'> = stryMutAct_9fa48("86") ? () => undefined : (stryCov_9fa48("86"), (path, ...init) => this.#call('DELETE', path, init[0]) as never);

  /**
   * The same calls in the throwing style: they resolve to `{data, response, requestId}` on success and
   * throw the typed error (`NotFoundError`, `RateLimitError`, `ConnectionError`, …) otherwise.
   */
  readonly throwing: Calls<'success'>;

  /** Use `createClient(options)`. */
  constructor(options: ClientOptions = {}) {
    if (stryMutAct_9fa48("87")) {
      {}
    } else {
      stryCov_9fa48("87");
      this.#options = options;
      const auth = authFor(options);
      if (stryMutAct_9fa48("90") ? options.actAs === undefined : stryMutAct_9fa48("89") ? false : stryMutAct_9fa48("88") ? true : (stryCov_9fa48("88", "89", "90"), options.actAs !== undefined)) if (stryMutAct_9fa48("91")) {
        ;
      } else {
        stryCov_9fa48("91");
        checkHandle(options.actAs);
      }
      const invalid = invalidNumber(stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), 'createClient: '), stryMutAct_9fa48("93") ? {} : (stryCov_9fa48("93"), {
        ...options,
        ...options.retryDelay
      }));
      if (stryMutAct_9fa48("95") ? false : stryMutAct_9fa48("94") ? true : (stryCov_9fa48("94", "95"), invalid)) throw invalid;
      const statuses = stryMutAct_9fa48("96") ? options.retry?.statuses && defaultRetryStatuses : (stryCov_9fa48("96"), (stryMutAct_9fa48("97") ? options.retry.statuses : (stryCov_9fa48("97"), options.retry?.statuses)) ?? defaultRetryStatuses);
      const sink = (stryMutAct_9fa48("100") ? options.debug !== true : stryMutAct_9fa48("99") ? false : stryMutAct_9fa48("98") ? true : (stryCov_9fa48("98", "99", "100"), options.debug === (stryMutAct_9fa48("101") ? false : (stryCov_9fa48("101"), true)))) ? stryMutAct_9fa48("102") ? () => undefined : (stryCov_9fa48("102"), (line: string) => console.debug(line)) : stryMutAct_9fa48("105") ? options.debug && undefined : stryMutAct_9fa48("104") ? false : stryMutAct_9fa48("103") ? true : (stryCov_9fa48("103", "104", "105"), options.debug || undefined);
      this.#settings = stryMutAct_9fa48("106") ? {} : (stryCov_9fa48("106"), {
        fetch: options.fetch,
        timeout: stryMutAct_9fa48("107") ? options.timeout && 30_000 : (stryCov_9fa48("107"), options.timeout ?? 30_000),
        maxRetries: stryMutAct_9fa48("108") ? options.maxRetries && 2 : (stryCov_9fa48("108"), options.maxRetries ?? 2),
        retryable: retryRule(statuses),
        shouldRetry: stryMutAct_9fa48("109") ? options.retry.shouldRetry : (stryCov_9fa48("109"), options.retry?.shouldRetry),
        maxResponseSize: stryMutAct_9fa48("110") ? options.maxResponseSize && 10 * 1024 * 1024 : (stryCov_9fa48("110"), options.maxResponseSize ?? (stryMutAct_9fa48("111") ? 10 * 1024 / 1024 : (stryCov_9fa48("111"), (stryMutAct_9fa48("112") ? 10 / 1024 : (stryCov_9fa48("112"), 10 * 1024)) * 1024))),
        initialDelay: stryMutAct_9fa48("113") ? options.retryDelay?.initialDelay && 500 : (stryCov_9fa48("113"), (stryMutAct_9fa48("114") ? options.retryDelay.initialDelay : (stryCov_9fa48("114"), options.retryDelay?.initialDelay)) ?? 500),
        maxDelay: stryMutAct_9fa48("115") ? options.retryDelay?.maxDelay && 8_000 : (stryCov_9fa48("115"), (stryMutAct_9fa48("116") ? options.retryDelay.maxDelay : (stryCov_9fa48("116"), options.retryDelay?.maxDelay)) ?? 8_000),
        maxRetryAfter: stryMutAct_9fa48("117") ? options.retryDelay?.maxRetryAfter && 60_000 : (stryCov_9fa48("117"), (stryMutAct_9fa48("118") ? options.retryDelay.maxRetryAfter : (stryCov_9fa48("118"), options.retryDelay?.maxRetryAfter)) ?? 60_000),
        log: stryMutAct_9fa48("121") ? sink || (line => sink(redact(line))) : stryMutAct_9fa48("120") ? false : stryMutAct_9fa48("119") ? true : (stryCov_9fa48("119", "120", "121"), sink && (stryMutAct_9fa48("122") ? () => undefined : (stryCov_9fa48("122"), line => sink(redact(line)))))
      });
      this.#deprecations = deprecationNotices(stryMutAct_9fa48("123") ? () => undefined : (stryCov_9fa48("123"), operation => deprecatedOperations[operation]), (stryMutAct_9fa48("126") ? typeof options.debug !== 'function' : stryMutAct_9fa48("125") ? false : stryMutAct_9fa48("124") ? true : (stryCov_9fa48("124", "125", "126"), typeof options.debug === (stryMutAct_9fa48("127") ? "" : (stryCov_9fa48("127"), 'function')))) ? options.debug : stryMutAct_9fa48("128") ? () => undefined : (stryCov_9fa48("128"), line => console.warn(line)));
      this.#middleware = stryMutAct_9fa48("129") ? [] : (stryCov_9fa48("129"), [...(stryMutAct_9fa48("130") ? options.middleware && [] : (stryCov_9fa48("130"), options.middleware ?? (stryMutAct_9fa48("131") ? ["Stryker was here"] : (stryCov_9fa48("131"), []))))]);
      if (stryMutAct_9fa48("132")) {
        ;
      } else {
        stryCov_9fa48("132");
        this.#connect(auth);
      }
      const throwing: Partial<Record<UpperMethod, unknown>> = {};
      for (const method of ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'] as const) {
        if (stryMutAct_9fa48("133")) {
          {}
        } else {
          stryCov_9fa48("133");
          throwing[method] = async (path: string, init?: AnyInit) => {
            if (stryMutAct_9fa48("134")) {
              {}
            } else {
              stryCov_9fa48("134");
              const result = await this.#call(method, path, init);
              if (stryMutAct_9fa48("136") ? false : stryMutAct_9fa48("135") ? true : (stryCov_9fa48("135", "136"), result.error)) throw result.error;
              return result;
            }
          };
        }
      }
      this.throwing = throwing as never;
    }
  }

  /**
   * A client like this one that acts as the sub-account `handle`: every request carries
   * `X-Cantila-Act-As: handle`. The original client is unchanged. Throws a TypeError for anything
   * that is not a handle, `undefined` (an unset variable) included.
   */
  actAs(handle: string): CantilaClient {
    if (stryMutAct_9fa48("137")) {
      {}
    } else {
      stryCov_9fa48("137");
      if (stryMutAct_9fa48("138")) {
        ;
      } else {
        stryCov_9fa48("138");
        checkHandle(handle);
      }
      return new CantilaClient(stryMutAct_9fa48("139") ? {} : (stryCov_9fa48("139"), {
        ...this.#options,
        actAs: handle,
        middleware: this.#middleware
      }));
    }
  }

  /**
   * Adds openapi-fetch middleware (`{ onRequest, onResponse, onError }`), run in order on every attempt,
   * inside the client's retries and timeouts: tracing, a session refresh, metrics. Clients made later
   * with `actAs()` keep it. (With middleware each request is a real `Request`, built a little slower.)
   */
  use(...middleware: Middleware[]): this {
    if (stryMutAct_9fa48("140")) {
      {}
    } else {
      stryCov_9fa48("140");
      if (stryMutAct_9fa48("141")) {
        ;
      } else {
        stryCov_9fa48("141");
        this.#middleware.push(...middleware);
      }
      if (stryMutAct_9fa48("142")) {
        ;
      } else {
        stryCov_9fa48("142");
        this.#connect(authFor(this.#options));
      }
      return this;
    }
  }

  /** (Re)makes the openapi-fetch client with the client's headers and middleware. */
  #connect(auth: ReturnType<typeof authFor>): void {
    if (stryMutAct_9fa48("143")) {
      {}
    } else {
      stryCov_9fa48("143");
      const options = this.#options;
      this.#fetchClient = createFetchClient<paths>({
        baseUrl: options.baseUrl ?? defaultBaseUrl,
        headers: mergeHeaders({
          Accept: 'application/json'
        }, headersOf(options.headers), auth.headers, options.actAs ? {
          [actAsHeader.header]: options.actAs
        } : {}),
        ...(auth.credentials ? {
          credentials: auth.credentials
        } : {}),
        ...(this.#middleware.length ? {} : {
          Request: PendingRequest as unknown as typeof Request
        })
      }) as never;
      if (stryMutAct_9fa48("145") ? false : stryMutAct_9fa48("144") ? true : (stryCov_9fa48("144", "145"), this.#middleware.length)) if (stryMutAct_9fa48("146")) {
        ;
      } else {
        stryCov_9fa48("146");
        (this.#fetchClient as unknown as {
          use(...m: Middleware[]): void;
        }).use(...this.#middleware);
      }
    }
  }

  /**
   * Iterates over every item of a list operation, fetching the next page (`next_cursor`) as needed:
   * `for await (const project of client.paginate('/projects', { params: { query: { limit: 100 } } }))`.
   * Throws the typed error when a page fails (after the usual retries).
   */
  paginate<P extends ListPath>(path: P, ...init: InitArgs<RequestInitFor<P, 'get'> & PaginateOptions>): AsyncGenerator<ItemOf<P>, void, undefined> {
    if (stryMutAct_9fa48("147")) {
      {}
    } else {
      stryCov_9fa48("147");
      const {
        maxPages = 1_000,
        ...options
      }: AnyInit & PaginateOptions = stryMutAct_9fa48("148") ? init[0] && {} : (stryCov_9fa48("148"), init[0] ?? {});
      const invalid = invalidNumber(stryMutAct_9fa48("149") ? `` : (stryCov_9fa48("149"), `paginate ${path}: `), stryMutAct_9fa48("150") ? {} : (stryCov_9fa48("150"), {
        maxPages
      }));
      if (stryMutAct_9fa48("152") ? false : stryMutAct_9fa48("151") ? true : (stryCov_9fa48("151", "152"), invalid)) throw invalid;
      const fetchPage = stryMutAct_9fa48("153") ? () => undefined : (stryCov_9fa48("153"), (() => {
        const fetchPage = (cursor: string | undefined) => this.#call('GET', path, {
          ...options,
          params: {
            ...options.params,
            query: {
              ...options.params?.query,
              cursor
            }
          }
        }) as Promise<Result<Page<ItemOf<P>>>>;
        return fetchPage;
      })());
      return pages(stryMutAct_9fa48("154") ? `` : (stryCov_9fa48("154"), `GET ${path}`), options.params?.query?.cursor as string | undefined, fetchPage, maxPages);
    }
  }
  #call(method: UpperMethod, path: string, init: AnyInit = {}): Promise<Result<unknown>> {
    if (stryMutAct_9fa48("155")) {
      {}
    } else {
      stryCov_9fa48("155");
      const {
        timeout,
        totalTimeout,
        maxRetries,
        idempotencyKey,
        signal,
        ...rest
      } = init;
      const operation = stryMutAct_9fa48("156") ? `` : (stryCov_9fa48("156"), `${method} ${path}`);
      const where = stryMutAct_9fa48("157") ? `` : (stryCov_9fa48("157"), `${operation}: `);
      const invalid = stryMutAct_9fa48("158") ? (timeout === undefined && totalTimeout === undefined && maxRetries === undefined ? undefined : invalidNumber(where, {
        timeout,
        totalTimeout,
        maxRetries
      })) && (path.includes('{') ? invalidPathParameter(where, path, rest.params?.path) : undefined) : (stryCov_9fa48("158"), ((stryMutAct_9fa48("161") ? timeout === undefined && totalTimeout === undefined || maxRetries === undefined : stryMutAct_9fa48("160") ? false : stryMutAct_9fa48("159") ? true : (stryCov_9fa48("159", "160", "161"), (stryMutAct_9fa48("163") ? timeout === undefined || totalTimeout === undefined : stryMutAct_9fa48("162") ? true : (stryCov_9fa48("162", "163"), (stryMutAct_9fa48("165") ? timeout !== undefined : stryMutAct_9fa48("164") ? true : (stryCov_9fa48("164", "165"), timeout === undefined)) && (stryMutAct_9fa48("167") ? totalTimeout !== undefined : stryMutAct_9fa48("166") ? true : (stryCov_9fa48("166", "167"), totalTimeout === undefined)))) && (stryMutAct_9fa48("169") ? maxRetries !== undefined : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169"), maxRetries === undefined)))) ? undefined : invalidNumber(where, stryMutAct_9fa48("170") ? {} : (stryCov_9fa48("170"), {
        timeout,
        totalTimeout,
        maxRetries
      }))) ?? (path.includes(stryMutAct_9fa48("171") ? "" : (stryCov_9fa48("171"), '{')) ? invalidPathParameter(where, path, stryMutAct_9fa48("172") ? rest.params.path : (stryCov_9fa48("172"), rest.params?.path)) : undefined));
      if (stryMutAct_9fa48("174") ? false : stryMutAct_9fa48("173") ? true : (stryCov_9fa48("173", "174"), invalid)) return Promise.reject(invalid);
      const key = (stryMutAct_9fa48("177") ? idempotencyKey === undefined || takesIdempotencyKey(operation) : stryMutAct_9fa48("176") ? false : stryMutAct_9fa48("175") ? true : (stryCov_9fa48("175", "176", "177"), (stryMutAct_9fa48("179") ? idempotencyKey !== undefined : stryMutAct_9fa48("178") ? true : (stryCov_9fa48("178", "179"), idempotencyKey === undefined)) && takesIdempotencyKey(operation))) ? newIdempotencyKey() : idempotencyKey;
      // openapi-fetch's init, made once per call; each attempt sets its own signal and fetch on it.
      const fetchInit: Record<string, unknown> = rest;
      rest.headers = headersOf(rest.headers);
      if (stryMutAct_9fa48("181") ? false : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181"), key)) fetchInit.headers = withIdempotencyKey(key, rest.headers);
      if (stryMutAct_9fa48("182")) {
        ;
      } else {
        stryCov_9fa48("182");
        this.#deprecations.calling(operation);
      }
      const result = call((attemptSignal, send) => {
        if (stryMutAct_9fa48("183")) {
          {}
        } else {
          stryCov_9fa48("183");
          fetchInit.signal = attemptSignal;
          fetchInit.fetch = send;
          return this.#fetchClient[method](path, fetchInit);
        }
      }, this.#settings, stryMutAct_9fa48("184") ? {} : (stryCov_9fa48("184"), {
        method,
        timeout: stryMutAct_9fa48("185") ? timeout && this.#settings.timeout : (stryCov_9fa48("185"), timeout ?? this.#settings.timeout),
        totalTimeout: stryMutAct_9fa48("186") ? totalTimeout && this.#options.totalTimeout : (stryCov_9fa48("186"), totalTimeout ?? this.#options.totalTimeout),
        maxRetries: stryMutAct_9fa48("187") ? maxRetries && this.#settings.maxRetries : (stryCov_9fa48("187"), maxRetries ?? this.#settings.maxRetries),
        signal
      }));
      return result.then(outcome => {
        if (stryMutAct_9fa48("188")) {
          {}
        } else {
          stryCov_9fa48("188");
          if (stryMutAct_9fa48("189")) {
            ;
          } else {
            stryCov_9fa48("189");
            this.#deprecations.received(operation, outcome.response);
          }
          return outcome;
        }
      });
    }
  }
}

/**
 * Creates a Cantila API client.
 * @example
 * const cantila = createClient({ apiKey: process.env.CANTILA_API_KEY });
 * const { data, error } = await cantila.GET('/me');
 */
export function createClient(options: ClientOptions = {}): CantilaClient {
  if (stryMutAct_9fa48("190")) {
    {}
  } else {
    stryCov_9fa48("190");
    return new CantilaClient(options);
  }
}