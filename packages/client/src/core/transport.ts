import { CantilaError, ConnectionError, TimeoutError } from './errors.ts';
import { redact, redactHeaders } from './redact.ts';
import { retryableStatuses, retryDelay, type RetryTiming } from './retry.ts';
import { deadline, sleep } from './timeout.ts';

/** How one call is sent: the settings of the client, overridden per request. */
export interface TransportSettings extends RetryTiming {
  /** The fetch to use; `undefined` reads `globalThis.fetch` at call time. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  /** Per attempt, in ms, until the whole response (headers and body) has arrived. */
  timeout: number;
  maxRetries: number;
  log: ((line: string) => void) | undefined;
}

function describeFailure(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
}

/** One attempt, bounded by the timeout and the caller's signal; resolves once the whole body is in. */
async function attempt(request: Request, settings: TransportSettings): Promise<Response> {
  const caller = request.signal;
  if (caller.aborted) throw caller.reason;
  const limit = deadline(caller, settings.timeout);
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  try {
    const response = await fetchImpl(new Request(request, { signal: limit.signal }));
    // Read the body inside the timeout: a server that sends headers and then stalls is a timeout too.
    await response.clone().arrayBuffer();
    return response;
  } catch (error) {
    if (caller.aborted) throw caller.reason;
    const target = `${request.method} ${request.url}`;
    if (limit.expired()) throw new TimeoutError(`${target} got no complete response within ${settings.timeout} ms.`);
    throw new ConnectionError(`${target} failed before a complete response arrived: ${describeFailure(error)}.`, error);
  } finally {
    limit.release();
  }
}

/**
 * Sends a request with timeouts and retries. Retries connection errors, timeouts and the statuses
 * in `retryableStatuses`, at most `maxRetries` times; a POST only when it carries an
 * `Idempotency-Key` (the same key on every attempt, so the server does the work once).
 * Resolves with the last response, or rejects with a `ConnectionError`/`TimeoutError`, or with the
 * caller's abort reason when their signal aborts.
 */
export async function send(request: Request, settings: TransportSettings): Promise<Response> {
  const { log } = settings;
  const target = `${request.method} ${redact(request.url)}`;
  const mayRetry = request.method !== 'POST' || request.headers.has('idempotency-key');
  for (let retry = 0; ; retry++) {
    const started = Date.now();
    log?.(`cantila → ${target} (attempt ${retry + 1}) ${redactHeaders(request.headers)}`);
    let outcome: Response | CantilaError;
    try {
      // Each attempt sends a copy so the original body is still there for the next one.
      outcome = await attempt(request.clone(), settings);
      log?.(`cantila ← ${outcome.status} ${target} in ${Date.now() - started} ms, request id ${outcome.headers.get('x-request-id') ?? 'none'}`);
    } catch (error) {
      if (!(error instanceof CantilaError)) throw error;
      outcome = error;
      log?.(`cantila ✗ ${target} after ${Date.now() - started} ms: ${error.message}`);
    }
    const failed = outcome instanceof Response ? retryableStatuses.has(outcome.status) : true;
    const delay = failed && mayRetry && retry < settings.maxRetries
      ? retryDelay(retry, outcome instanceof Response ? outcome.headers.get('retry-after') : null, settings)
      : undefined;
    if (delay === undefined) {
      if (failed && retry < settings.maxRetries) {
        log?.(`cantila: not retrying ${target}: ${mayRetry ? `Retry-After is longer than ${settings.maxRetryAfter} ms` : 'a POST without an Idempotency-Key could do the work twice'}`);
      }
      if (outcome instanceof Response) return outcome;
      throw outcome;
    }
    log?.(`cantila: retrying ${target} in ${delay} ms (retry ${retry + 1} of ${settings.maxRetries})`);
    await sleep(delay, request.signal);
  }
}
