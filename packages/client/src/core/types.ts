import type { FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from '../generated/schema.ts';
import type { CantilaError } from './errors.ts';

/** The HTTP methods the API uses. */
export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The paths (as written in the spec, e.g. `/projects/{project}`) that have operation `M`. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

/** Options the client adds to openapi-fetch's per-request options. */
export interface RequestExtras {
  /** Abort this request (and its retries) when the signal aborts; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Per attempt, in ms; overrides the client's `timeout`. */
  timeout?: number;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number;
  /**
   * For operations that take an `Idempotency-Key`: the key to send (default: a fresh UUID per call, kept
   * across retries), or `null` to send none — a POST without a key is then never retried.
   */
  idempotencyKey?: string | null;
}

/** The options of a call to `path` with method `M`: openapi-fetch's `params`, `body`, `headers`, … plus `RequestExtras`. */
export type RequestInitFor<P extends PathsWith<M>, M extends HttpMethod> = MaybeOptionalInit<paths[P], M> & RequestExtras;

/** The init argument: optional when the operation has no required parameter or body. */
export type InitArgs<Init> = object extends Init ? [init?: Init] : [init: Init];

type Fetched<P extends PathsWith<M>, M extends HttpMethod, Init> = FetchResponse<paths[P][M] & Record<string | number, unknown>, Init, `${string}/${string}`>;

/** The success body of a call: the operation's 2xx JSON response, typed from the spec. */
export type ResponseData<P extends PathsWith<M>, M extends HttpMethod, Init = object> = SuccessData<Fetched<P, M, Init>>;

type SuccessData<R> = R extends { error?: never; data: infer Data } ? Data : never;

/** A successful call. */
export interface Success<Data> {
  data: Data;
  error?: undefined;
  response: Response;
  /** The request's `X-Request-Id`. */
  requestId: string | undefined;
}

/** A failed call: the typed error, and the response when one arrived (none for connection errors and timeouts). */
export interface Failure {
  data?: undefined;
  error: CantilaError;
  response: Response | undefined;
  requestId: string | undefined;
}

/** What every call resolves to, in openapi-fetch's style: check `error`, then use `data`. */
export type Result<Data> = Success<Data> | Failure;

/** A typed call for one method: `client.GET('/projects/{project}', { params: { path: { project } } })`. */
export type Call<M extends HttpMethod, Out extends 'result' | 'success'> = <P extends PathsWith<M>, Init extends RequestInitFor<P, M>>(
  path: P,
  ...init: InitArgs<Init>
) => Promise<Out extends 'result' ? Result<ResponseData<P, M, Init>> : Success<ResponseData<P, M, Init>>>;

/** One method per HTTP verb, named like openapi-fetch's. */
export interface Calls<Out extends 'result' | 'success'> {
  /** Calls a GET operation. */
  GET: Call<'get', Out>;
  /** Calls a PUT operation. */
  PUT: Call<'put', Out>;
  /** Calls a POST operation; one that takes an `Idempotency-Key` gets one generated (see `idempotencyKey`). */
  POST: Call<'post', Out>;
  /** Calls a PATCH operation. */
  PATCH: Call<'patch', Out>;
  /** Calls a DELETE operation. */
  DELETE: Call<'delete', Out>;
}

/** A page of a list operation. */
export interface Page<Item> {
  data: Item[];
  next_cursor: string | null;
}

/** The GET paths that return pages (`{data: [...], next_cursor}`), which `paginate` can follow. */
export type ListPath = {
  [P in PathsWith<'get'>]: ResponseData<P, 'get'> extends Page<unknown> ? P : never;
}[PathsWith<'get'>];

/** The item type of a list path: `Project` for `/projects`. */
export type ItemOf<P extends ListPath> = ResponseData<P, 'get'> extends Page<infer Item> ? Item : never;
