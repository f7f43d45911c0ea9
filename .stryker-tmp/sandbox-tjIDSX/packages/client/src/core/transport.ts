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
import { ApiError, apiErrorFrom, type CantilaError, ConnectionError, InvalidResponseError, ResponseTooLargeError, requestIdOf, TimeoutError } from './errors.ts';
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
}

/** Thrown while reading a body larger than `maxResponseSize`; becomes a `ResponseTooLargeError`. */
class TooLarge extends Error {
  constructor(max: number) {
    if (stryMutAct_9fa48("684")) {
      {}
    } else {
      stryCov_9fa48("684");
      super(stryMutAct_9fa48("685") ? `` : (stryCov_9fa48("685"), `is larger than maxResponseSize (${max} bytes)`));
    }
  }
}

/**
 * `response`, refused when its Content-Length is over `max`, and counted while read when its length is
 * unknown or it is compressed (a small gzip body can inflate to gigabytes).
 */
function limited(response: Response, max: number): Response {
  if (stryMutAct_9fa48("686")) {
    {}
  } else {
    stryCov_9fa48("686");
    const {
      headers,
      body
    } = response;
    const length = Number(stryMutAct_9fa48("687") ? headers.get('content-length') && Number.NaN : (stryCov_9fa48("687"), headers.get(stryMutAct_9fa48("688") ? "" : (stryCov_9fa48("688"), 'content-length')) ?? Number.NaN));
    if (stryMutAct_9fa48("692") ? length <= max : stryMutAct_9fa48("691") ? length >= max : stryMutAct_9fa48("690") ? false : stryMutAct_9fa48("689") ? true : (stryCov_9fa48("689", "690", "691", "692"), length > max)) {
      if (stryMutAct_9fa48("693")) {
        {}
      } else {
        stryCov_9fa48("693");
        void (stryMutAct_9fa48("694") ? body.cancel() : (stryCov_9fa48("694"), body?.cancel()));
        if (stryMutAct_9fa48("695")) {
          ;
        } else {
          stryCov_9fa48("695");
          throw new TooLarge(max);
        }
      }
    }
    if (stryMutAct_9fa48("698") ? !body && length >= 0 && !headers.has('content-encoding') : stryMutAct_9fa48("697") ? false : stryMutAct_9fa48("696") ? true : (stryCov_9fa48("696", "697", "698"), (stryMutAct_9fa48("699") ? body : (stryCov_9fa48("699"), !body)) || (stryMutAct_9fa48("701") ? length >= 0 || !headers.has('content-encoding') : stryMutAct_9fa48("700") ? false : (stryCov_9fa48("700", "701"), (stryMutAct_9fa48("704") ? length < 0 : stryMutAct_9fa48("703") ? length > 0 : stryMutAct_9fa48("702") ? true : (stryCov_9fa48("702", "703", "704"), length >= 0)) && (stryMutAct_9fa48("705") ? headers.has('content-encoding') : (stryCov_9fa48("705"), !headers.has(stryMutAct_9fa48("706") ? "" : (stryCov_9fa48("706"), 'content-encoding')))))))) return response;
    let read = 0;
    const counted = body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>(stryMutAct_9fa48("707") ? {} : (stryCov_9fa48("707"), {
      transform(chunk, controller) {
        if (stryMutAct_9fa48("708")) {
          {}
        } else {
          stryCov_9fa48("708");
          stryMutAct_9fa48("709") ? read -= chunk.byteLength : (stryCov_9fa48("709"), read += chunk.byteLength);
          if (stryMutAct_9fa48("713") ? read <= max : stryMutAct_9fa48("712") ? read >= max : stryMutAct_9fa48("711") ? false : stryMutAct_9fa48("710") ? true : (stryCov_9fa48("710", "711", "712", "713"), read > max)) {
            if (stryMutAct_9fa48("714")) {
              ;
            } else {
              stryCov_9fa48("714");
              controller.error(new TooLarge(max));
            }
          } else if (stryMutAct_9fa48("715")) {
            ;
          } else {
            stryCov_9fa48("715");
            controller.enqueue(chunk);
          }
        }
      }
    })));
    // A Response made here has no URL of its own: keep the original's, which callers and messages show.
    return Object.defineProperty(new Response(counted, response), stryMutAct_9fa48("716") ? "" : (stryCov_9fa48("716"), 'url'), stryMutAct_9fa48("717") ? {} : (stryCov_9fa48("717"), {
      value: response.url
    }));
  }
}
function describeFailure(error: unknown): string {
  if (stryMutAct_9fa48("718")) {
    {}
  } else {
    stryCov_9fa48("718");
    const cause = (stryMutAct_9fa48("721") ? error instanceof Error || error.cause instanceof Error : stryMutAct_9fa48("720") ? false : stryMutAct_9fa48("719") ? true : (stryCov_9fa48("719", "720", "721"), error instanceof Error && error.cause instanceof Error)) ? error.cause : error;
    if (stryMutAct_9fa48("724") ? false : stryMutAct_9fa48("723") ? true : stryMutAct_9fa48("722") ? cause instanceof Error : (stryCov_9fa48("722", "723", "724"), !(cause instanceof Error))) return String(cause);
    const code = (cause as {
      code?: unknown;
    }).code;
    return (stryMutAct_9fa48("727") ? typeof code === 'string' || !cause.message.includes(code) : stryMutAct_9fa48("726") ? false : stryMutAct_9fa48("725") ? true : (stryCov_9fa48("725", "726", "727"), (stryMutAct_9fa48("729") ? typeof code !== 'string' : stryMutAct_9fa48("728") ? true : (stryCov_9fa48("728", "729"), typeof code === (stryMutAct_9fa48("730") ? "" : (stryCov_9fa48("730"), 'string')))) && (stryMutAct_9fa48("731") ? cause.message.includes(code) : (stryCov_9fa48("731"), !cause.message.includes(code))))) ? stryMutAct_9fa48("732") ? `` : (stryCov_9fa48("732"), `${code}: ${cause.message}`) : cause.message;
  }
}
const describe = stryMutAct_9fa48("733") ? () => undefined : (stryCov_9fa48("733"), (() => {
  const describe = (request: Sendable): string => stryMutAct_9fa48("734") ? `` : (stryCov_9fa48("734"), `${request.method} ${redact(request.url)}`);
  return describe;
})());

/** The result of an attempt that got a complete response. */
function settle({
  data,
  error: body,
  response
}: Exchanged, request: Sendable): Result<unknown> {
  if (stryMutAct_9fa48("735")) {
    {}
  } else {
    stryCov_9fa48("735");
    const requestId = requestIdOf(response.headers);
    if (stryMutAct_9fa48("737") ? false : stryMutAct_9fa48("736") ? true : (stryCov_9fa48("736", "737"), response.ok)) {
      if (stryMutAct_9fa48("738")) {
        {}
      } else {
        stryCov_9fa48("738");
        // openapi-fetch reads an empty body (Content-Length: 0) as no data; every 2xx but 204 promises JSON.
        return (stryMutAct_9fa48("741") ? data !== undefined && response.status === 204 : stryMutAct_9fa48("740") ? false : stryMutAct_9fa48("739") ? true : (stryCov_9fa48("739", "740", "741"), (stryMutAct_9fa48("743") ? data === undefined : stryMutAct_9fa48("742") ? false : (stryCov_9fa48("742", "743"), data !== undefined)) || (stryMutAct_9fa48("745") ? response.status !== 204 : stryMutAct_9fa48("744") ? false : (stryCov_9fa48("744", "745"), response.status === 204)))) ? stryMutAct_9fa48("746") ? {} : (stryCov_9fa48("746"), {
          data,
          response,
          requestId
        }) : failure(new SyntaxError(stryMutAct_9fa48("747") ? "" : (stryCov_9fa48("747"), 'the body is empty')), request, response, undefined);
      }
    }
    const error = apiErrorFrom(response, body, stryMutAct_9fa48("748") ? `` : (stryCov_9fa48("748"), `${request.method} ${stryMutAct_9fa48("751") ? response.url && request.url : stryMutAct_9fa48("750") ? false : stryMutAct_9fa48("749") ? true : (stryCov_9fa48("749", "750", "751"), response.url || request.url)}`));
    return stryMutAct_9fa48("752") ? {} : (stryCov_9fa48("752"), {
      error,
      response,
      requestId: error.requestId
    });
  }
}

/** The result of an attempt that failed once `request` was sent, with `response` if its headers had arrived. */
function failure(error: unknown, request: Sendable, response: Response | undefined, timedOut: string | undefined): Result<unknown> {
  if (stryMutAct_9fa48("753")) {
    {}
  } else {
    stryCov_9fa48("753");
    const target = stryMutAct_9fa48("754") ? `` : (stryCov_9fa48("754"), `${request.method} ${request.url}`);
    if (stryMutAct_9fa48("756") ? false : stryMutAct_9fa48("755") ? true : (stryCov_9fa48("755", "756"), timedOut)) return stryMutAct_9fa48("757") ? {} : (stryCov_9fa48("757"), {
      error: new TimeoutError(stryMutAct_9fa48("758") ? `` : (stryCov_9fa48("758"), `${target} got no complete response within ${timedOut}.`)),
      response: undefined,
      requestId: undefined
    });
    const tooLarge = error instanceof TooLarge;
    if (stryMutAct_9fa48("761") ? response || tooLarge || response.ok && error instanceof SyntaxError : stryMutAct_9fa48("760") ? false : stryMutAct_9fa48("759") ? true : (stryCov_9fa48("759", "760", "761"), response && (stryMutAct_9fa48("763") ? tooLarge && response.ok && error instanceof SyntaxError : stryMutAct_9fa48("762") ? true : (stryCov_9fa48("762", "763"), tooLarge || (stryMutAct_9fa48("765") ? response.ok || error instanceof SyntaxError : stryMutAct_9fa48("764") ? false : (stryCov_9fa48("764", "765"), response.ok && error instanceof SyntaxError)))))) {
      if (stryMutAct_9fa48("766")) {
        {}
      } else {
        stryCov_9fa48("766");
        const requestId = requestIdOf(response.headers);
        const {
          status,
          headers
        } = response;
        const problem = tooLarge ? error.message : stryMutAct_9fa48("767") ? `` : (stryCov_9fa48("767"), `is not valid JSON (${(error as Error).message})`);
        const message = stryMutAct_9fa48("768") ? `` : (stryCov_9fa48("768"), `${status} from ${request.method} ${stryMutAct_9fa48("771") ? response.url && request.url : stryMutAct_9fa48("770") ? false : stryMutAct_9fa48("769") ? true : (stryCov_9fa48("769", "770", "771"), response.url || request.url)} ${problem}.`);
        const ErrorClass = tooLarge ? ResponseTooLargeError : InvalidResponseError;
        const code = tooLarge ? stryMutAct_9fa48("772") ? "" : (stryCov_9fa48("772"), 'response_too_large') : stryMutAct_9fa48("773") ? "" : (stryCov_9fa48("773"), 'invalid_response');
        return stryMutAct_9fa48("774") ? {} : (stryCov_9fa48("774"), {
          error: new ErrorClass(stryMutAct_9fa48("775") ? {} : (stryCov_9fa48("775"), {
            message,
            code,
            status,
            headers,
            requestId,
            cause: error
          })),
          response,
          requestId
        });
      }
    }
    const message = stryMutAct_9fa48("776") ? `` : (stryCov_9fa48("776"), `${target} failed before a complete response arrived: ${describeFailure(error)}.`);
    return stryMutAct_9fa48("777") ? {} : (stryCov_9fa48("777"), {
      error: new ConnectionError(message, error),
      response: undefined,
      requestId: undefined
    });
  }
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
  if (stryMutAct_9fa48("778")) {
    {}
  } else {
    stryCov_9fa48("778");
    const {
      log,
      maxResponseSize
    } = settings;
    const caller = options.signal;
    const custom = settings.fetch;
    const {
      totalTimeout
    } = options;
    const end = (stryMutAct_9fa48("781") ? totalTimeout !== undefined : stryMutAct_9fa48("780") ? false : stryMutAct_9fa48("779") ? true : (stryCov_9fa48("779", "780", "781"), totalTimeout === undefined)) ? undefined : stryMutAct_9fa48("782") ? Date.now() - totalTimeout : (stryCov_9fa48("782"), Date.now() + totalTimeout);
    if (stryMutAct_9fa48("783")) {
      for (let attempt = 1; false; attempt++) {
        if (caller?.aborted) throw caller.reason;
        // What this attempt sent, and the response it is getting, kept by `send` for the error that may follow.
        const sent: {
          request?: Sendable;
          response?: Promise<Response>;
        } = {};
        const send = (request: Sendable): Promise<Response> => {
          sent.request = request;
          log?.(`cantila → ${describe(request)} (attempt ${attempt}) ${redactHeaders(request.headers)}`);
          sent.response = request instanceof Request ? (custom ?? fetch)(request) : custom ? custom(request.toRequest()) : fetch(request.url, request.init);
          return sent.response.then(response => limited(response, maxResponseSize));
        };
        const started = log ? Date.now() : 0;
        const left = end === undefined ? options.timeout : Math.min(options.timeout, end - Date.now());
        const limit = deadline(left, caller);
        let request: Sendable;
        let result: Result<unknown>;
        try {
          const exchanged = await exchange(limit.signal, send);
          // Without a `send` (a middleware answered), the response is described by its own URL.
          request = sent.request ?? {
            method: options.method,
            url: exchanged.response.url,
            headers: new Headers()
          } as Request;
          result = settle(exchanged, request);
        } catch (error) {
          if (caller?.aborted) throw caller.reason;
          if (sent.request === undefined) throw error;
          request = sent.request;
          const response = await sent.response?.catch(() => undefined);
          // fetch(url, init) builds the Request itself, so a request it cannot build (a bad baseUrl, say)
          // fails in there too: throw that TypeError, the caller's mistake rather than the network's.
          if (response === undefined && !(request instanceof Request)) request.toRequest();
          const timedOut = !limit.expired() ? undefined : left < options.timeout ? `the total timeout of ${totalTimeout} ms` : `${options.timeout} ms`;
          result = failure(error, request, response, timedOut);
        } finally {
          limit.release();
        }
        if (log) {
          const {
            response,
            error
          } = result;
          log(response ? `cantila ← ${response.status} ${describe(request)} in ${Date.now() - started} ms, request id ${result.requestId ?? 'none'}` : `cantila ✗ ${describe(request)} after ${Date.now() - started} ms: ${error?.message}`);
        }
        const {
          error
        } = result;
        if (!error || attempt > options.maxRetries) return result;
        const retryable = settings.retryable(error);
        if (!(settings.shouldRetry ? settings.shouldRetry(error, {
          attempt,
          retryable
        }) : retryable)) return result;
        const mayRetry = request.method !== 'POST' || request.headers.has('idempotency-key');
        const delay = mayRetry ? retryDelay(attempt - 1, result.response?.headers.get('retry-after') ?? null, settings) : undefined;
        const why = !mayRetry ? 'a POST without an Idempotency-Key could do the work twice' : delay === undefined ? `Retry-After is longer than ${settings.maxRetryAfter} ms` : end !== undefined && Date.now() + delay >= end && `waiting ${delay} ms would outlast totalTimeout`;
        if (why) {
          log?.(`cantila: not retrying ${describe(request)}: ${why}`);
          return result;
        }
        log?.(`cantila: retrying ${describe(request)} in ${delay} ms (retry ${attempt} of ${options.maxRetries})`);
        await sleep(delay!, caller);
      }
    } else {
      stryCov_9fa48("783");
      for (let attempt = 1;; stryMutAct_9fa48("784") ? attempt-- : (stryCov_9fa48("784"), attempt++)) {
        if (stryMutAct_9fa48("785")) {
          {}
        } else {
          stryCov_9fa48("785");
          if (stryMutAct_9fa48("788") ? caller.aborted : stryMutAct_9fa48("787") ? false : stryMutAct_9fa48("786") ? true : (stryCov_9fa48("786", "787", "788"), caller?.aborted)) throw caller.reason;
          // What this attempt sent, and the response it is getting, kept by `send` for the error that may follow.
          const sent: {
            request?: Sendable;
            response?: Promise<Response>;
          } = {};
          const send = (request: Sendable): Promise<Response> => {
            if (stryMutAct_9fa48("789")) {
              {}
            } else {
              stryCov_9fa48("789");
              sent.request = request;
              stryMutAct_9fa48("790") ? log(`cantila → ${describe(request)} (attempt ${attempt}) ${redactHeaders(request.headers)}`) : (stryCov_9fa48("790"), log?.(stryMutAct_9fa48("791") ? `` : (stryCov_9fa48("791"), `cantila → ${describe(request)} (attempt ${attempt}) ${redactHeaders(request.headers)}`)));
              sent.response = request instanceof Request ? (stryMutAct_9fa48("792") ? custom && fetch : (stryCov_9fa48("792"), custom ?? fetch))(request) : custom ? custom(request.toRequest()) : fetch(request.url, request.init);
              return sent.response.then(stryMutAct_9fa48("793") ? () => undefined : (stryCov_9fa48("793"), response => limited(response, maxResponseSize)));
            }
          };
          const started = log ? Date.now() : 0;
          const left = (stryMutAct_9fa48("796") ? end !== undefined : stryMutAct_9fa48("795") ? false : stryMutAct_9fa48("794") ? true : (stryCov_9fa48("794", "795", "796"), end === undefined)) ? options.timeout : stryMutAct_9fa48("797") ? Math.max(options.timeout, end - Date.now()) : (stryCov_9fa48("797"), Math.min(options.timeout, stryMutAct_9fa48("798") ? end + Date.now() : (stryCov_9fa48("798"), end - Date.now())));
          const limit = deadline(left, caller);
          let request: Sendable;
          let result: Result<unknown>;
          try {
            if (stryMutAct_9fa48("799")) {
              {}
            } else {
              stryCov_9fa48("799");
              const exchanged = await exchange(limit.signal, send);
              // Without a `send` (a middleware answered), the response is described by its own URL.
              request = stryMutAct_9fa48("800") ? sent.request && {
                method: options.method,
                url: exchanged.response.url,
                headers: new Headers()
              } as Request : (stryCov_9fa48("800"), sent.request ?? {
                method: options.method,
                url: exchanged.response.url,
                headers: new Headers()
              } as Request);
              result = settle(exchanged, request);
            }
          } catch (error) {
            if (stryMutAct_9fa48("801")) {
              {}
            } else {
              stryCov_9fa48("801");
              if (stryMutAct_9fa48("804") ? caller.aborted : stryMutAct_9fa48("803") ? false : stryMutAct_9fa48("802") ? true : (stryCov_9fa48("802", "803", "804"), caller?.aborted)) throw caller.reason;
              if (stryMutAct_9fa48("807") ? sent.request !== undefined : stryMutAct_9fa48("806") ? false : stryMutAct_9fa48("805") ? true : (stryCov_9fa48("805", "806", "807"), sent.request === undefined)) throw error;
              request = sent.request;
              const response = await (stryMutAct_9fa48("808") ? sent.response.catch(() => undefined) : (stryCov_9fa48("808"), sent.response?.catch(() => undefined)));
              // fetch(url, init) builds the Request itself, so a request it cannot build (a bad baseUrl, say)
              // fails in there too: throw that TypeError, the caller's mistake rather than the network's.
              if (stryMutAct_9fa48("811") ? response === undefined || !(request instanceof Request) : stryMutAct_9fa48("810") ? false : stryMutAct_9fa48("809") ? true : (stryCov_9fa48("809", "810", "811"), (stryMutAct_9fa48("813") ? response !== undefined : stryMutAct_9fa48("812") ? true : (stryCov_9fa48("812", "813"), response === undefined)) && (stryMutAct_9fa48("814") ? request instanceof Request : (stryCov_9fa48("814"), !(request instanceof Request))))) if (stryMutAct_9fa48("815")) {
                ;
              } else {
                stryCov_9fa48("815");
                request.toRequest();
              }
              const timedOut = (stryMutAct_9fa48("816") ? limit.expired() : (stryCov_9fa48("816"), !limit.expired())) ? undefined : (stryMutAct_9fa48("820") ? left >= options.timeout : stryMutAct_9fa48("819") ? left <= options.timeout : stryMutAct_9fa48("818") ? false : stryMutAct_9fa48("817") ? true : (stryCov_9fa48("817", "818", "819", "820"), left < options.timeout)) ? stryMutAct_9fa48("821") ? `` : (stryCov_9fa48("821"), `the total timeout of ${totalTimeout} ms`) : stryMutAct_9fa48("822") ? `` : (stryCov_9fa48("822"), `${options.timeout} ms`);
              result = failure(error, request, response, timedOut);
            }
          } finally {
            if (stryMutAct_9fa48("823")) {
              {}
            } else {
              stryCov_9fa48("823");
              if (stryMutAct_9fa48("824")) {
                ;
              } else {
                stryCov_9fa48("824");
                limit.release();
              }
            }
          }
          if (stryMutAct_9fa48("826") ? false : stryMutAct_9fa48("825") ? true : (stryCov_9fa48("825", "826"), log)) {
            if (stryMutAct_9fa48("827")) {
              {}
            } else {
              stryCov_9fa48("827");
              const {
                response,
                error
              } = result;
              log(response ? stryMutAct_9fa48("829") ? `` : (stryCov_9fa48("829"), `cantila ← ${response.status} ${describe(request)} in ${stryMutAct_9fa48("830") ? Date.now() + started : (stryCov_9fa48("830"), Date.now() - started)} ms, request id ${stryMutAct_9fa48("831") ? result.requestId && 'none' : (stryCov_9fa48("831"), result.requestId ?? (stryMutAct_9fa48("832") ? "" : (stryCov_9fa48("832"), 'none')))}`) : stryMutAct_9fa48("833") ? `` : (stryCov_9fa48("833"), `cantila ✗ ${describe(request)} after ${stryMutAct_9fa48("834") ? Date.now() + started : (stryCov_9fa48("834"), Date.now() - started)} ms: ${stryMutAct_9fa48("835") ? error.message : (stryCov_9fa48("835"), error?.message)}`));
            }
          }
          const {
            error
          } = result;
          if (stryMutAct_9fa48("838") ? !error && attempt > options.maxRetries : stryMutAct_9fa48("837") ? false : stryMutAct_9fa48("836") ? true : (stryCov_9fa48("836", "837", "838"), (stryMutAct_9fa48("839") ? error : (stryCov_9fa48("839"), !error)) || (stryMutAct_9fa48("842") ? attempt <= options.maxRetries : stryMutAct_9fa48("841") ? attempt >= options.maxRetries : stryMutAct_9fa48("840") ? false : (stryCov_9fa48("840", "841", "842"), attempt > options.maxRetries)))) return result;
          const retryable = settings.retryable(error);
          if (stryMutAct_9fa48("845") ? false : stryMutAct_9fa48("844") ? true : stryMutAct_9fa48("843") ? settings.shouldRetry ? settings.shouldRetry(error, {
            attempt,
            retryable
          }) : retryable : (stryCov_9fa48("843", "844", "845"), !(settings.shouldRetry ? settings.shouldRetry(error, stryMutAct_9fa48("846") ? {} : (stryCov_9fa48("846"), {
            attempt,
            retryable
          })) : retryable))) return result;
          const mayRetry = stryMutAct_9fa48("849") ? request.method !== 'POST' && request.headers.has('idempotency-key') : stryMutAct_9fa48("848") ? false : stryMutAct_9fa48("847") ? true : (stryCov_9fa48("847", "848", "849"), (stryMutAct_9fa48("851") ? request.method === 'POST' : stryMutAct_9fa48("850") ? false : (stryCov_9fa48("850", "851"), request.method !== (stryMutAct_9fa48("852") ? "" : (stryCov_9fa48("852"), 'POST')))) || request.headers.has(stryMutAct_9fa48("853") ? "" : (stryCov_9fa48("853"), 'idempotency-key')));
          const delay = mayRetry ? retryDelay(stryMutAct_9fa48("854") ? attempt + 1 : (stryCov_9fa48("854"), attempt - 1), stryMutAct_9fa48("855") ? result.response?.headers.get('retry-after') && null : (stryCov_9fa48("855"), (stryMutAct_9fa48("856") ? result.response.headers.get('retry-after') : (stryCov_9fa48("856"), result.response?.headers.get(stryMutAct_9fa48("857") ? "" : (stryCov_9fa48("857"), 'retry-after')))) ?? null), settings) : undefined;
          const why = (stryMutAct_9fa48("858") ? mayRetry : (stryCov_9fa48("858"), !mayRetry)) ? stryMutAct_9fa48("859") ? "" : (stryCov_9fa48("859"), 'a POST without an Idempotency-Key could do the work twice') : (stryMutAct_9fa48("862") ? delay !== undefined : stryMutAct_9fa48("861") ? false : stryMutAct_9fa48("860") ? true : (stryCov_9fa48("860", "861", "862"), delay === undefined)) ? stryMutAct_9fa48("863") ? `` : (stryCov_9fa48("863"), `Retry-After is longer than ${settings.maxRetryAfter} ms`) : stryMutAct_9fa48("866") ? end !== undefined && Date.now() + delay >= end || `waiting ${delay} ms would outlast totalTimeout` : stryMutAct_9fa48("865") ? false : stryMutAct_9fa48("864") ? true : (stryCov_9fa48("864", "865", "866"), (stryMutAct_9fa48("868") ? end !== undefined || Date.now() + delay >= end : stryMutAct_9fa48("867") ? true : (stryCov_9fa48("867", "868"), (stryMutAct_9fa48("870") ? end === undefined : stryMutAct_9fa48("869") ? true : (stryCov_9fa48("869", "870"), end !== undefined)) && (stryMutAct_9fa48("873") ? Date.now() + delay < end : stryMutAct_9fa48("872") ? Date.now() + delay > end : stryMutAct_9fa48("871") ? true : (stryCov_9fa48("871", "872", "873"), (stryMutAct_9fa48("874") ? Date.now() - delay : (stryCov_9fa48("874"), Date.now() + delay)) >= end)))) && (stryMutAct_9fa48("875") ? `` : (stryCov_9fa48("875"), `waiting ${delay} ms would outlast totalTimeout`)));
          if (stryMutAct_9fa48("877") ? false : stryMutAct_9fa48("876") ? true : (stryCov_9fa48("876", "877"), why)) {
            if (stryMutAct_9fa48("878")) {
              {}
            } else {
              stryCov_9fa48("878");
              stryMutAct_9fa48("879") ? log(`cantila: not retrying ${describe(request)}: ${why}`) : (stryCov_9fa48("879"), log?.(stryMutAct_9fa48("880") ? `` : (stryCov_9fa48("880"), `cantila: not retrying ${describe(request)}: ${why}`)));
              return result;
            }
          }
          stryMutAct_9fa48("881") ? log(`cantila: retrying ${describe(request)} in ${delay} ms (retry ${attempt} of ${options.maxRetries})`) : (stryCov_9fa48("881"), log?.(stryMutAct_9fa48("882") ? `` : (stryCov_9fa48("882"), `cantila: retrying ${describe(request)} in ${delay} ms (retry ${attempt} of ${options.maxRetries})`)));
          await sleep(delay!, caller);
        }
      }
    }
  }
}

/** The default retry rule: a connection error or timeout, or an API error whose status is one of `statuses`. */
export function retryRule(statuses: readonly number[]): (error: CantilaError) => boolean {
  if (stryMutAct_9fa48("883")) {
    {}
  } else {
    stryCov_9fa48("883");
    return stryMutAct_9fa48("884") ? () => undefined : (stryCov_9fa48("884"), error => stryMutAct_9fa48("887") ? error instanceof ConnectionError && error instanceof ApiError && statuses.includes(error.status) : stryMutAct_9fa48("886") ? false : stryMutAct_9fa48("885") ? true : (stryCov_9fa48("885", "886", "887"), error instanceof ConnectionError || (stryMutAct_9fa48("889") ? error instanceof ApiError || statuses.includes(error.status) : stryMutAct_9fa48("888") ? false : (stryCov_9fa48("888", "889"), error instanceof ApiError && statuses.includes(error.status)))));
  }
}