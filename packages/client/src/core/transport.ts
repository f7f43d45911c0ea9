import {
  ApiError,
  apiErrorFrom,
  type CantilaError,
  ConnectionError,
  InvalidResponseError,
  ResponseTooLargeError,
  requestIdOf,
  TimeoutError,
} from './errors.ts';
import { redact, redactHeaders } from './redact.ts';
import type { PendingRequest } from './request.ts';
import { retryDelay, type RetryTiming, type ShouldRetry } from './retry.ts';
import { deadline, sleep } from './timeout.ts';
import type { Result } from './types.ts';

/** How calls are sent: the settings of the client. */
export interface TransportSettings extends RetryTiming {
  /** The fetch to use; `undefined` reads `globalThis.fetch` at call time. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  /** Per attempt, in ms, until the whole response (headers and body) has arrived. */
  timeout: number;
  maxRetries: number;
  /** The default retry rule (connection errors and the retried statuses). */
  retryable: (error: CantilaError) => boolean;
  /** The caller's own decision, given the default rule's. */
  shouldRetry: ShouldRetry | undefined;
  /** The largest response body read, in bytes. */
  maxResponseSize: number;
  log: ((line: string) => void) | undefined;
}

/** What openapi-fetch resolves to: the parsed body of a success (`data`) or of an error (`error`), and the response. */
export interface Exchanged {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** What openapi-fetch hands to fetch: our `PendingRequest`, or a `Request` when the client has middleware. */
export type Sendable = PendingRequest | Request;

/**
 * One attempt through openapi-fetch: it builds the request with `signal`, hands it to `send` and
 * parses the response's body, all within the attempt (so the timeout covers the body too).
 */
export type Exchange = (signal: AbortSignal, send: (request: Sendable) => Promise<Response>) => Promise<Exchanged>;

/** What one call may set for itself: the client's `timeout`, `totalTimeout` and `maxRetries` overridden, and the caller's signal. */
export interface CallSettings {
  method: string;
  timeout: number;
  totalTimeout: number | undefined;
  maxRetries: number;
  signal: AbortSignal | undefined;
  /** Sees each response that arrives (of every attempt), before it is settled. */
  onResponse: (response: Response) => void;
}

/** Thrown while reading a body larger than `maxResponseSize`; becomes a `ResponseTooLargeError`. */
class TooLarge extends Error {
  constructor(max: number) {
    super(`is larger than maxResponseSize (${max} bytes)`);
  }
}

/**
 * `response`, refused when its Content-Length is over `max`, and counted while read when its length is
 * unknown or it is compressed (a small gzip body can inflate to gigabytes).
 */
function limited(response: Response, max: number): Response {
  const { headers, body } = response;
  const length = Number(headers.get('content-length') ?? Number.NaN);
  if (length > max) {
    void body?.cancel();
    throw new TooLarge(max);
  }
  // A browser gives a 204 an empty stream, which `new Response` refuses to put under a null-body status.
  if (!body || response.status === 204 || response.status === 205 || (length >= 0 && !headers.has('content-encoding'))) return response;
  let read = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > max) controller.error(new TooLarge(max));
        else controller.enqueue(chunk);
      },
    }),
  );
  // A Response made here has no URL of its own: keep the original's, which callers and messages show.
  return Object.defineProperty(new Response(counted, response), 'url', { value: response.url });
}

function describeFailure(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
}

const describe = (request: Sendable): string => `${request.method} ${redact(request.url)}`;

/** The result of an attempt that got a complete response. */
function settle({ data, error: body, response }: Exchanged, request: Sendable): Result<unknown> {
  const requestId = requestIdOf(response.headers);
  if (response.ok) {
    // openapi-fetch reads an empty body (Content-Length: 0) as no data; every 2xx but 204 promises JSON.
    return data !== undefined || response.status === 204
      ? { data, response, requestId }
      : failure(new SyntaxError('the body is empty'), request, response, undefined);
  }
  const error = apiErrorFrom(response, body, `${request.method} ${response.url || request.url}`);
  return { error, response, requestId: error.requestId };
}

/** The result of an attempt that failed once `request` was sent, with `response` if its headers had arrived. */
function failure(error: unknown, request: Sendable, response: Response | undefined, timedOut: string | undefined): Result<unknown> {
  const target = `${request.method} ${request.url}`;
  if (timedOut)
    return {
      error: new TimeoutError(`${target} got no complete response within ${timedOut}.`),
      response: undefined,
      requestId: undefined,
    };
  const tooLarge = error instanceof TooLarge;
  if (response && (tooLarge || (response.ok && error instanceof SyntaxError))) {
    const requestId = requestIdOf(response.headers);
    const { status, headers } = response;
    const problem = tooLarge ? error.message : `is not valid JSON (${(error as Error).message})`;
    const message = `${status} from ${request.method} ${response.url || request.url} ${problem}.`;
    const ErrorClass = tooLarge ? ResponseTooLargeError : InvalidResponseError;
    const code = tooLarge ? 'response_too_large' : 'invalid_response';
    return { error: new ErrorClass({ message, code, status, headers, requestId, cause: error }), response, requestId };
  }
  const message = `${target} failed before a complete response arrived: ${describeFailure(error)}.`;
  return { error: new ConnectionError(message, error), response: undefined, requestId: undefined };
}

/**
 * Makes a call: runs `exchange` with a timeout per attempt (shortened to what is left of
 * `totalTimeout`), and retries what `settings.retryable` (or the caller's `shouldRetry`) allows, at
 * most `maxRetries` times; a POST only when it carries an `Idempotency-Key` (the same key on every
 * attempt, so the server does the work once). Resolves with the last attempt's result; rejects only
 * with the caller's abort reason when their signal aborts, or when openapi-fetch fails before
 * anything was sent.
 */
export async function call(exchange: Exchange, settings: TransportSettings, options: CallSettings): Promise<Result<unknown>> {
  const { log, maxResponseSize } = settings;
  const caller = options.signal;
  const custom = settings.fetch;
  const { totalTimeout } = options;
  const end = totalTimeout === undefined ? undefined : Date.now() + totalTimeout;
  for (let attempt = 1; ; attempt++) {
    if (caller?.aborted) throw caller.reason;
    // What this attempt sent, and the response it is getting, kept by `send` for the error that may follow.
    const sent: { request?: Sendable; response?: Promise<Response> } = {};
    const send = (request: Sendable): Promise<Response> => {
      sent.request = request;
      log?.(`cantila → ${describe(request)} (attempt ${attempt}) ${redactHeaders(request.headers)}`);
      sent.response =
        request instanceof Request ? (custom ?? fetch)(request) : custom ? custom(request.toRequest()) : fetch(request.url, request.init);
      return sent.response.then((response) => limited(response, maxResponseSize));
    };
    const started = log ? Date.now() : 0;
    const left = end === undefined ? options.timeout : Math.min(options.timeout, end - Date.now());
    const limit = deadline(left, caller);
    let request: Sendable;
    let result: Result<unknown>;
    try {
      const exchanged = await exchange(limit.signal, send);
      // Without a `send` (a middleware answered), the response is described by its own URL.
      request = sent.request ?? ({ method: options.method, url: exchanged.response.url, headers: new Headers() } as Request);
      result = settle(exchanged, request);
    } catch (error) {
      if (caller?.aborted) throw caller.reason;
      if (sent.request === undefined) throw error;
      request = sent.request;
      const response = await sent.response?.catch(() => undefined);
      // fetch(url, init) builds the Request itself, so a request it cannot build (a bad baseUrl, say)
      // fails in there too: throw that TypeError, the caller's mistake rather than the network's.
      if (response === undefined && !(request instanceof Request)) request.toRequest();
      const timedOut = !limit.expired()
        ? undefined
        : left < options.timeout
          ? `the total timeout of ${totalTimeout} ms`
          : `${options.timeout} ms`;
      result = failure(error, request, response, timedOut);
    } finally {
      limit.release();
    }
    if (result.response) options.onResponse(result.response);
    if (log) {
      const { response, error } = result;
      log(
        response
          ? `cantila ← ${response.status} ${describe(request)} in ${Date.now() - started} ms, request id ${result.requestId ?? 'none'}`
          : `cantila ✗ ${describe(request)} after ${Date.now() - started} ms: ${error?.message}`,
      );
    }
    const { error } = result;
    if (!error || attempt > options.maxRetries) return result;
    const retryable = settings.retryable(error);
    if (!(settings.shouldRetry ? settings.shouldRetry(error, { attempt, retryable }) : retryable)) return result;
    const mayRetry = request.method !== 'POST' || request.headers.has('idempotency-key');
    const delay = mayRetry ? retryDelay(attempt - 1, result.response?.headers.get('retry-after') ?? null, settings) : undefined;
    const why = !mayRetry
      ? 'a POST without an Idempotency-Key could do the work twice'
      : delay === undefined
        ? `Retry-After is longer than ${settings.maxRetryAfter} ms`
        : end !== undefined && Date.now() + delay >= end && `waiting ${delay} ms would outlast totalTimeout`;
    if (why) {
      log?.(`cantila: not retrying ${describe(request)}: ${why}`);
      return result;
    }
    log?.(`cantila: retrying ${describe(request)} in ${delay} ms (retry ${attempt} of ${options.maxRetries})`);
    await sleep(delay!, caller);
  }
}

/** The default retry rule: a connection error or timeout, or an API error whose status is one of `statuses`. */
export function retryRule(statuses: readonly number[]): (error: CantilaError) => boolean {
  return (error) => error instanceof ConnectionError || (error instanceof ApiError && statuses.includes(error.status));
}
