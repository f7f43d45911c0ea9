import { ApiError, apiErrorFrom, ConnectionError, InvalidResponseError, TimeoutError } from './errors.ts';
import { redact, redactHeaders } from './redact.ts';
import type { PendingRequest } from './request.ts';
import { retryableStatuses, retryDelay, type RetryTiming } from './retry.ts';
import { deadline, sleep } from './timeout.ts';
import type { Result } from './types.ts';

/** How calls are sent: the settings of the client. */
export interface TransportSettings extends RetryTiming {
  /** The fetch to use; `undefined` reads `globalThis.fetch` at call time. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  /** Per attempt, in ms, until the whole response (headers and body) has arrived. */
  timeout: number;
  maxRetries: number;
  log: ((line: string) => void) | undefined;
}

/** What openapi-fetch resolves to: the parsed body of a success (`data`) or of an error (`error`), and the response. */
export interface Exchanged {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * One attempt through openapi-fetch: it builds the request with `signal`, hands it to `send` and
 * parses the response's body, all within the attempt (so the timeout covers the body too).
 */
export type Exchange = (signal: AbortSignal, send: (request: PendingRequest) => Promise<Response>) => Promise<Exchanged>;

/** What one call may set for itself: the client's `timeout` and `maxRetries` overridden, and the caller's signal. */
export interface CallSettings {
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
}

function describeFailure(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
}

const describe = (request: PendingRequest): string => `${request.method} ${redact(request.url)}`;

/** The result of an attempt that got a complete response. */
function settle({ data, error: body, response }: Exchanged, request: PendingRequest): Result<unknown> {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (response.ok) return { data, response, requestId };
  const error = apiErrorFrom(response, body, `${request.method} ${response.url || request.url}`);
  return { error, response, requestId: error.requestId };
}

/** The result of an attempt that failed once `request` was sent, with `response` if its headers had arrived. */
function failure(
  error: unknown,
  request: PendingRequest,
  response: Response | undefined,
  expired: boolean,
  timeout: number,
): Result<unknown> {
  const target = `${request.method} ${request.url}`;
  if (expired)
    return {
      error: new TimeoutError(`${target} got no complete response within ${timeout} ms.`),
      response: undefined,
      requestId: undefined,
    };
  if (response?.ok && error instanceof SyntaxError) {
    const requestId = response.headers.get('x-request-id') ?? undefined;
    const { status, headers } = response;
    const message = `${status} from ${request.method} ${response.url || request.url} is not valid JSON (${error.message}).`;
    return {
      error: new InvalidResponseError({ message, code: 'invalid_response', status, headers, requestId, cause: error }),
      response,
      requestId,
    };
  }
  const message = `${target} failed before a complete response arrived: ${describeFailure(error)}.`;
  return { error: new ConnectionError(message, error), response: undefined, requestId: undefined };
}

/**
 * Makes a call: runs `exchange` with a timeout per attempt, and retries connection errors, timeouts
 * and the statuses in `retryableStatuses` at most `maxRetries` times; a POST only when it carries an
 * `Idempotency-Key` (the same key on every attempt, so the server does the work once). Resolves with
 * the last attempt's result; rejects only with the caller's abort reason when their signal aborts,
 * or when openapi-fetch fails before anything was sent.
 */
export async function call(exchange: Exchange, settings: TransportSettings, options: CallSettings): Promise<Result<unknown>> {
  const { log } = settings;
  const caller = options.signal;
  const custom = settings.fetch;
  for (let attempt = 1; ; attempt++) {
    if (caller?.aborted) throw caller.reason;
    // What this attempt sent, and the response it is getting, kept by `send` for the error that may follow.
    const sent: { request?: PendingRequest; response?: Promise<Response> } = {};
    const send = (request: PendingRequest): Promise<Response> => {
      sent.request = request;
      log?.(`cantila → ${describe(request)} (attempt ${attempt}) ${redactHeaders(request.headers)}`);
      sent.response = custom ? custom(request.toRequest()) : fetch(request.url, request.init);
      return sent.response;
    };
    const started = log ? Date.now() : 0;
    const limit = deadline(options.timeout, caller);
    let request: PendingRequest;
    let result: Result<unknown>;
    try {
      const exchanged = await exchange(limit.signal, send);
      // openapi-fetch (used without middleware) always calls `send` before it resolves.
      request = sent.request!;
      result = settle(exchanged, request);
    } catch (error) {
      if (caller?.aborted) throw caller.reason;
      if (sent.request === undefined) throw error;
      request = sent.request;
      const response = await sent.response?.catch(() => undefined);
      // fetch(url, init) builds the Request itself, so a request it cannot build (a bad baseUrl, say)
      // fails in there too: throw that TypeError, the caller's mistake rather than the network's.
      if (response === undefined) request.toRequest();
      result = failure(error, request, response, limit.expired(), options.timeout);
    } finally {
      limit.release();
    }
    if (log) {
      const { response, error } = result;
      log(
        response
          ? `cantila ← ${response.status} ${describe(request)} in ${Date.now() - started} ms, request id ${response.headers.get('x-request-id') ?? 'none'}`
          : `cantila ✗ ${describe(request)} after ${Date.now() - started} ms: ${error?.message}`,
      );
    }
    const { error } = result;
    const retryable = error instanceof ConnectionError || (error instanceof ApiError && retryableStatuses.has(error.status));
    if (!retryable || attempt > options.maxRetries) return result;
    const mayRetry = request.method !== 'POST' || request.headers.has('idempotency-key');
    const delay = mayRetry ? retryDelay(attempt - 1, result.response?.headers.get('retry-after') ?? null, settings) : undefined;
    if (delay === undefined) {
      log?.(
        `cantila: not retrying ${describe(request)}: ${mayRetry ? `Retry-After is longer than ${settings.maxRetryAfter} ms` : 'a POST without an Idempotency-Key could do the work twice'}`,
      );
      return result;
    }
    log?.(`cantila: retrying ${describe(request)} in ${delay} ms (retry ${attempt} of ${options.maxRetries})`);
    await sleep(delay, caller);
  }
}
