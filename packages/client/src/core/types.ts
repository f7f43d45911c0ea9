import type { paths } from '../generated/schema.ts';
import type { CantilaError } from './errors.ts';

/** The HTTP methods the API uses. */
export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The paths (as written in the spec, e.g. `/projects/{project}`) that have operation `M`. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Operation<P extends PathsWith<M>, M extends HttpMethod> = paths[P][M];
type JsonOf<Content> = Content extends { 'application/json': infer Json } ? Json : Content[keyof Content];

// The conditionals below wrap `Op` in `[…]` so they do not distribute: a distributive one makes tsc work out
// its constraint over every path of the method while it infers a call's path (2.6× the instantiations at 10×
// the surface, docs/benchmarks.md).

/** `params` (path, query and header parameters): required when the operation has a required parameter. */
type ParamsOption<Op> = [Op] extends [{ parameters: infer Params }]
  ? RequiredKeys<Params> extends never
    ? { params?: Params }
    : { params: Params }
  : { params?: never };
/** `body`: required, optional or absent as the operation's request body is. */
type BodyOption<Op> = [Op] extends [{ requestBody: { content: infer Content } }]
  ? { body: JsonOf<Content> }
  : [Op] extends [{ requestBody?: { content: infer Content } }]
    ? [Content] extends [never]
      ? { body?: never }
      : { body?: JsonOf<Content> }
    : { body?: never };

/** The success statuses a response type can have. */
type OkStatus = 200 | 201 | 202 | 203 | 204 | 206;
type SuccessBody<Op> = [Op] extends [{ responses: infer Responses }]
  ? { [S in keyof Responses & OkStatus]: Responses[S] extends { content: infer Content } ? JsonOf<Content> : undefined }[keyof Responses &
      OkStatus]
  : never;

/** Options the client adds to `params` and `body`, for every request. */
export interface RequestExtras {
  /** Extra headers for this request; `null` removes one the client would send. */
  headers?: HeadersInit | Record<string, string | null | undefined>;
  /** Abort this request (and its retries) when the signal aborts; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Per attempt, in ms; overrides the client's `timeout`. */
  timeout?: number;
  /** For the whole call (attempts and waits), in ms; overrides the client's `totalTimeout`. */
  totalTimeout?: number;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number;
  /**
   * For operations that take an `Idempotency-Key`: the key to send (default: a fresh UUID per call, kept
   * across retries), or `null` to send none — a POST without a key is then never retried.
   */
  idempotencyKey?: string | null;
}

/** The options of a call to `path` with method `M`: `params`, `body` (typed from the spec) and `RequestExtras`. */
export type RequestInitFor<P extends PathsWith<M>, M extends HttpMethod> = ParamsOption<Operation<P, M>> &
  BodyOption<Operation<P, M>> &
  RequestExtras;

/** The init argument: optional when the operation has no required parameter or body. */
export type InitArgs<Init> = RequiredKeys<Init> extends never ? [init?: Init] : [init: Init];

/** The success body of a call: the operation's 2xx JSON response, typed from the spec (`undefined` for a 204). */
export type ResponseData<P extends PathsWith<M>, M extends HttpMethod> = SuccessBody<Operation<P, M>>;

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
export type Call<M extends HttpMethod, Out extends 'result' | 'success'> = <P extends PathsWith<M>>(
  path: P,
  ...init: InitArgs<RequestInitFor<P, M>>
) => Promise<Out extends 'result' ? Result<ResponseData<P, M>> : Success<ResponseData<P, M>>>;

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
