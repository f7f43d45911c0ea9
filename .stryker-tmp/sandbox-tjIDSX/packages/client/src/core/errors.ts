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
import { errorStatuses } from '../generated/conventions.ts';
import type { components } from '../generated/schema.ts';
import { causeOf, type ErrorReason } from './error-reason.ts';
import { redact, redactHeader } from './redact.ts';
import { parseRetryAfter } from './retry.ts';

/** The `error` codes the API sends (the spec's `ErrorCode`). */
export type ApiErrorCode = components['schemas']['ErrorCode'];
/** One rejected field of a 422 `validation` error. */
export type FieldError = components['schemas']['FieldError'];
/** The body of every non-2xx response (the spec's `Error`). */
export type ApiErrorBody = components['schemas']['Error'];
/**
 * What went wrong: an API error code, or one of the client's own codes for failures that have no
 * Cantila error body (`connection_error`, `timeout`, `invalid_response`, `response_too_large`).
 */
export type ErrorCode = ApiErrorCode | 'connection_error' | 'timeout' | 'invalid_response' | 'response_too_large';
const inspectCustom: unique symbol = Symbol.for(stryMutAct_9fa48("277") ? "" : (stryCov_9fa48("277"), 'nodejs.util.inspect.custom'));
const maxMessage = 1_000;

/** A copy of `headers` to keep on an error: credential headers (Set-Cookie, …) `[redacted]`, keys in the others too. */
function redactedHeaders(headers: Headers): Headers {
  if (stryMutAct_9fa48("278")) {
    {}
  } else {
    stryCov_9fa48("278");
    const copy = new Headers();
    for (const [name, value] of headers) if (stryMutAct_9fa48("279")) {
      ;
    } else {
      stryCov_9fa48("279");
      copy.append(name, redactHeader(name, value));
    }
    return copy;
  }
}

/**
 * Everything the client returns as `error` (or throws in the throwing style) extends this class. Its
 * message, body and headers are redacted when it is made, and printing it (`console.error`,
 * `util.inspect`, `JSON.stringify`) shows only the fields of `toJSON()`: never a key or a session cookie.
 */
export class CantilaError extends Error {
  /** HTTP status of the response; `undefined` when no response arrived (connection errors, timeouts). */
  readonly status: number | undefined;
  /** Stable code to branch on: the body's `error`, or the client's own code when there was no Cantila body. */
  readonly code: ErrorCode;
  /** The request's id (`X-Request-Id`, else the body's `request_id`); quote it to support. */
  readonly requestId: string | undefined;
  /** On 422 `validation`, one entry per rejected field; otherwise empty. */
  readonly fields: readonly FieldError[];
  /** Response headers, when a response arrived; `Set-Cookie`, `Cookie` and `Authorization` as `[redacted]`, keys in others too. */
  readonly headers: Headers | undefined;

  /** @internal Use the subclasses; the client creates these. */
  constructor(init: {
    message: string;
    code: ErrorCode;
    status?: number | undefined;
    requestId?: string | undefined;
    fields?: readonly FieldError[] | undefined;
    headers?: Headers | undefined;
    cause?: unknown;
  }) {
    if (stryMutAct_9fa48("280")) {
      {}
    } else {
      stryCov_9fa48("280");
      const message = redact(init.message);
      super((stryMutAct_9fa48("284") ? message.length <= maxMessage : stryMutAct_9fa48("283") ? message.length >= maxMessage : stryMutAct_9fa48("282") ? false : stryMutAct_9fa48("281") ? true : (stryCov_9fa48("281", "282", "283", "284"), message.length > maxMessage)) ? stryMutAct_9fa48("285") ? `` : (stryCov_9fa48("285"), `${stryMutAct_9fa48("286") ? message : (stryCov_9fa48("286"), message.slice(0, stryMutAct_9fa48("287") ? maxMessage + 1 : (stryCov_9fa48("287"), maxMessage - 1)))}…`) : message, (stryMutAct_9fa48("290") ? init.cause !== undefined : stryMutAct_9fa48("289") ? false : stryMutAct_9fa48("288") ? true : (stryCov_9fa48("288", "289", "290"), init.cause === undefined)) ? undefined : stryMutAct_9fa48("291") ? {} : (stryCov_9fa48("291"), {
        cause: init.cause
      }));
      this.name = new.target.name;
      this.status = init.status;
      this.code = init.code;
      this.requestId = init.requestId;
      this.fields = stryMutAct_9fa48("292") ? init.fields && [] : (stryCov_9fa48("292"), init.fields ?? (stryMutAct_9fa48("293") ? ["Stryker was here"] : (stryCov_9fa48("293"), [])));
      this.headers = stryMutAct_9fa48("296") ? init.headers || redactedHeaders(init.headers) : stryMutAct_9fa48("295") ? false : stryMutAct_9fa48("294") ? true : (stryCov_9fa48("294", "295", "296"), init.headers && redactedHeaders(init.headers));
    }
  }

  /** What `JSON.stringify(error)` writes: name, message, status, code, request id and fields. */
  toJSON(): {
    name: string;
    message: string;
    status: number | undefined;
    code: ErrorCode;
    requestId: string | undefined;
    fields: readonly FieldError[];
  } {
    if (stryMutAct_9fa48("297")) {
      {}
    } else {
      stryCov_9fa48("297");
      const {
        name,
        message,
        status,
        code,
        requestId,
        fields
      } = this;
      return stryMutAct_9fa48("298") ? {} : (stryCov_9fa48("298"), {
        name,
        message,
        status,
        code,
        requestId,
        fields
      });
    }
  }

  /** What Node prints (`console.error(error)`, `util.inspect`): the stack, then the other fields of `toJSON()`. */
  [inspectCustom](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    if (stryMutAct_9fa48("299")) {
      {}
    } else {
      stryCov_9fa48("299");
      const {
        name: _name,
        message: _message,
        ...fields
      } = this.toJSON();
      return stryMutAct_9fa48("300") ? `` : (stryCov_9fa48("300"), `${this.stack} ${inspect(fields, options)}`);
    }
  }
}

/** A non-2xx response. Subclasses name the common statuses; others (405, 408, …) are plain `ApiError`s. */
export class ApiError extends CantilaError {
  declare readonly status: number;
  declare readonly headers: Headers;
  /**
   * The parsed Cantila error body (its strings redacted), or `undefined` when the body was empty or not
   * a Cantila error (a proxy's HTML page, an unknown `error` code, no `message`, …).
   */
  readonly body: ApiErrorBody | undefined;

  /** @internal */
  constructor(init: {
    status: number;
    headers: Headers;
    body: ApiErrorBody | undefined;
    message: string;
    code: ErrorCode;
    requestId: string | undefined;
  }) {
    if (stryMutAct_9fa48("301")) {
      {}
    } else {
      stryCov_9fa48("301");
      super(stryMutAct_9fa48("302") ? {} : (stryCov_9fa48("302"), {
        ...init,
        fields: stryMutAct_9fa48("303") ? init.body.fields : (stryCov_9fa48("303"), init.body?.fields)
      }));
      this.body = init.body;
    }
  }

  /** The documented cause (the body's `reason`, e.g. `quota_exceeded`), when the body states one this client knows. */
  get reason(): ErrorReason | undefined {
    if (stryMutAct_9fa48("304")) {
      {}
    } else {
      stryCov_9fa48("304");
      return stryMutAct_9fa48("305") ? this.body.reason : (stryCov_9fa48("305"), this.body?.reason);
    }
  }

  /** What `JSON.stringify(error)` writes: the fields of every `CantilaError`, and the `reason` when the body names one. */
  override toJSON(): ReturnType<CantilaError['toJSON']> & {
    reason?: ErrorReason;
  } {
    if (stryMutAct_9fa48("306")) {
      {}
    } else {
      stryCov_9fa48("306");
      const {
        reason
      } = this;
      return stryMutAct_9fa48("307") ? {} : (stryCov_9fa48("307"), {
        ...super.toJSON(),
        ...((stryMutAct_9fa48("310") ? reason !== undefined : stryMutAct_9fa48("309") ? false : stryMutAct_9fa48("308") ? true : (stryCov_9fa48("308", "309", "310"), reason === undefined)) ? {} : stryMutAct_9fa48("311") ? {} : (stryCov_9fa48("311"), {
          reason
        }))
      });
    }
  }
}

/** 400 `bad_request`: the body is not valid JSON. */
export class BadRequestError extends ApiError {}
/** 401 `unauthenticated`: the credential is missing, malformed, revoked or expired. */
export class AuthenticationError extends ApiError {}
/** 403 `forbidden`: the credential's scope is too low, or the act-as handle is not yours to use. */
export class PermissionDeniedError extends ApiError {}
/** 404 `not_found`: no such resource or route. */
export class NotFoundError extends ApiError {}
/** 409 `conflict`: the resource's state does not allow this now. */
export class ConflictError extends ApiError {}
/** 422 `validation`: a parameter or the body failed validation; see `fields`. */
export class ValidationError extends ApiError {}
/** 429 `rate_limited`: too many requests. */
export class RateLimitError extends ApiError {
  /** Seconds the server asked to wait (`Retry-After`, given as seconds or as a date), when it said. */
  get retryAfter(): number | undefined {
    if (stryMutAct_9fa48("312")) {
      {}
    } else {
      stryCov_9fa48("312");
      const ms = parseRetryAfter(this.headers.get(stryMutAct_9fa48("313") ? "" : (stryCov_9fa48("313"), 'retry-after')));
      return (stryMutAct_9fa48("316") ? ms !== undefined : stryMutAct_9fa48("315") ? false : stryMutAct_9fa48("314") ? true : (stryCov_9fa48("314", "315", "316"), ms === undefined)) ? undefined : Math.ceil(stryMutAct_9fa48("317") ? ms * 1000 : (stryCov_9fa48("317"), ms / 1000));
    }
  }
}
/** 5xx: a failure on the server's side (or a proxy in front of it). */
export class InternalServerError extends ApiError {}

/** No response arrived: DNS failure, refused or reset connection, TLS failure. */
export class ConnectionError extends CantilaError {
  declare readonly status: undefined;
  /** @internal */
  constructor(message: string, cause?: unknown, code: 'connection_error' | 'timeout' = stryMutAct_9fa48("318") ? "" : (stryCov_9fa48("318"), 'connection_error')) {
    if (stryMutAct_9fa48("319")) {
      {}
    } else {
      stryCov_9fa48("319");
      super(stryMutAct_9fa48("320") ? {} : (stryCov_9fa48("320"), {
        message,
        code,
        cause
      }));
    }
  }
}

/** No complete response arrived within the request's timeout. */
export class TimeoutError extends ConnectionError {
  /** @internal */
  constructor(message: string) {
    if (stryMutAct_9fa48("321")) {
      {}
    } else {
      stryCov_9fa48("321");
      super(message, undefined, stryMutAct_9fa48("322") ? "" : (stryCov_9fa48("322"), 'timeout'));
    }
  }
}

/** A 2xx response whose body could not be read as the JSON the spec promises (broken, or empty). */
export class InvalidResponseError extends CantilaError {
  declare readonly status: number;
  declare readonly headers: Headers;
}

/** A response (of any status) larger than the client's `maxResponseSize`: refused, never retried by default. */
export class ResponseTooLargeError extends InvalidResponseError {}

/** The request id of a response, redacted: its `X-Request-Id`, else `fallback` (the error body's `request_id`). */
export function requestIdOf(headers: Headers, fallback?: unknown): string | undefined {
  if (stryMutAct_9fa48("323")) {
    {}
  } else {
    stryCov_9fa48("323");
    const id = stryMutAct_9fa48("324") ? headers.get('x-request-id') && fallback : (stryCov_9fa48("324"), headers.get(stryMutAct_9fa48("325") ? "" : (stryCov_9fa48("325"), 'x-request-id')) ?? fallback);
    return (stryMutAct_9fa48("328") ? typeof id !== 'string' : stryMutAct_9fa48("327") ? false : stryMutAct_9fa48("326") ? true : (stryCov_9fa48("326", "327", "328"), typeof id === (stryMutAct_9fa48("329") ? "" : (stryCov_9fa48("329"), 'string')))) ? redact(id) : undefined;
  }
}

// 502 and 504 come from gateways in front of the API, which has no code of its own for them.
const statusCodes: Record<number, ApiErrorCode> = stryMutAct_9fa48("330") ? {} : (stryCov_9fa48("330"), {
  502: stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), 'unavailable'),
  504: stryMutAct_9fa48("332") ? "" : (stryCov_9fa48("332"), 'unavailable')
});
for (const [code, status] of Object.entries(errorStatuses)) statusCodes[status] = code as ApiErrorCode;
const classes: Record<number, typeof ApiError> = stryMutAct_9fa48("333") ? {} : (stryCov_9fa48("333"), {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError
});
const isString = stryMutAct_9fa48("334") ? () => undefined : (stryCov_9fa48("334"), (() => {
  const isString = (value: unknown): value is string => stryMutAct_9fa48("337") ? typeof value !== 'string' : stryMutAct_9fa48("336") ? false : stryMutAct_9fa48("335") ? true : (stryCov_9fa48("335", "336", "337"), typeof value === (stryMutAct_9fa48("338") ? "" : (stryCov_9fa48("338"), 'string')));
  return isString;
})());
const isFieldError = stryMutAct_9fa48("339") ? () => undefined : (stryCov_9fa48("339"), (() => {
  const isFieldError = (value: unknown): value is FieldError => stryMutAct_9fa48("342") ? isString((value as FieldError | null)?.field) || isString((value as FieldError).message) : stryMutAct_9fa48("341") ? false : stryMutAct_9fa48("340") ? true : (stryCov_9fa48("340", "341", "342"), isString(stryMutAct_9fa48("343") ? (value as FieldError | null).field : (stryCov_9fa48("343"), (value as FieldError | null)?.field)) && isString((value as FieldError).message));
  return isFieldError;
})());

/**
 * `body` as a Cantila error, its strings redacted, if it is one: a known `error` code, a message, and
 * `request_id` and `fields` (`[]` when absent) of the right shape.
 */
function errorBody(body: unknown): ApiErrorBody | undefined {
  if (stryMutAct_9fa48("344")) {
    {}
  } else {
    stryCov_9fa48("344");
    const {
      error,
      message,
      request_id,
      fields = stryMutAct_9fa48("345") ? ["Stryker was here"] : (stryCov_9fa48("345"), [])
    } = (body ?? {}) as Record<string, unknown>;
    if (stryMutAct_9fa48("348") ? (!isString(error) || !Object.hasOwn(errorStatuses, error) || !isString(message)) && !message.trim() : stryMutAct_9fa48("347") ? false : stryMutAct_9fa48("346") ? true : (stryCov_9fa48("346", "347", "348"), (stryMutAct_9fa48("350") ? (!isString(error) || !Object.hasOwn(errorStatuses, error)) && !isString(message) : stryMutAct_9fa48("349") ? false : (stryCov_9fa48("349", "350"), (stryMutAct_9fa48("352") ? !isString(error) && !Object.hasOwn(errorStatuses, error) : stryMutAct_9fa48("351") ? false : (stryCov_9fa48("351", "352"), (stryMutAct_9fa48("353") ? isString(error) : (stryCov_9fa48("353"), !isString(error))) || (stryMutAct_9fa48("354") ? Object.hasOwn(errorStatuses, error) : (stryCov_9fa48("354"), !Object.hasOwn(errorStatuses, error))))) || (stryMutAct_9fa48("355") ? isString(message) : (stryCov_9fa48("355"), !isString(message))))) || (stryMutAct_9fa48("356") ? message.trim() : (stryCov_9fa48("356"), !(stryMutAct_9fa48("357") ? message : (stryCov_9fa48("357"), message.trim())))))) return undefined;
    if (stryMutAct_9fa48("360") ? (!(request_id === undefined || isString(request_id)) || !Array.isArray(fields)) && !fields.every(isFieldError) : stryMutAct_9fa48("359") ? false : stryMutAct_9fa48("358") ? true : (stryCov_9fa48("358", "359", "360"), (stryMutAct_9fa48("362") ? !(request_id === undefined || isString(request_id)) && !Array.isArray(fields) : stryMutAct_9fa48("361") ? false : (stryCov_9fa48("361", "362"), (stryMutAct_9fa48("363") ? request_id === undefined || isString(request_id) : (stryCov_9fa48("363"), !(stryMutAct_9fa48("366") ? request_id === undefined && isString(request_id) : stryMutAct_9fa48("365") ? false : stryMutAct_9fa48("364") ? true : (stryCov_9fa48("364", "365", "366"), (stryMutAct_9fa48("368") ? request_id !== undefined : stryMutAct_9fa48("367") ? false : (stryCov_9fa48("367", "368"), request_id === undefined)) || isString(request_id))))) || (stryMutAct_9fa48("369") ? Array.isArray(fields) : (stryCov_9fa48("369"), !Array.isArray(fields))))) || (stryMutAct_9fa48("370") ? fields.every(isFieldError) : (stryCov_9fa48("370"), !(stryMutAct_9fa48("371") ? fields.some(isFieldError) : (stryCov_9fa48("371"), fields.every(isFieldError))))))) return undefined;
    return stryMutAct_9fa48("372") ? {} : (stryCov_9fa48("372"), {
      error: error as ApiErrorCode,
      ...causeOf(body as Record<string, unknown>, error),
      message: redact(message),
      request_id: isString(request_id) ? redact(request_id) : request_id,
      fields: fields.map(stryMutAct_9fa48("373") ? () => undefined : (stryCov_9fa48("373"), (f: FieldError) => stryMutAct_9fa48("374") ? {} : (stryCov_9fa48("374"), {
        field: redact(f.field),
        message: redact(f.message)
      })))
    });
  }
}
function describeBody(text: string, contentType: string | null): string {
  if (stryMutAct_9fa48("375")) {
    {}
  } else {
    stryCov_9fa48("375");
    if (stryMutAct_9fa48("378") ? text.trim() !== '' : stryMutAct_9fa48("377") ? false : stryMutAct_9fa48("376") ? true : (stryCov_9fa48("376", "377", "378"), (stryMutAct_9fa48("379") ? text : (stryCov_9fa48("379"), text.trim())) === (stryMutAct_9fa48("380") ? "Stryker was here!" : (stryCov_9fa48("380"), '')))) return stryMutAct_9fa48("381") ? "" : (stryCov_9fa48("381"), 'the body was empty');
    const kind = stryMutAct_9fa48("382") ? contentType?.split(';')[0] && 'no content type' : (stryCov_9fa48("382"), (stryMutAct_9fa48("383") ? contentType.split(';')[0] : (stryCov_9fa48("383"), contentType?.split(stryMutAct_9fa48("384") ? "" : (stryCov_9fa48("384"), ';'))[0])) ?? (stryMutAct_9fa48("385") ? "" : (stryCov_9fa48("385"), 'no content type')));
    const snippet = stryMutAct_9fa48("387") ? text.replace(/\s+/g, ' ').slice(0, 120) : stryMutAct_9fa48("386") ? text.replace(/\s+/g, ' ').trim() : (stryCov_9fa48("386", "387"), text.replace(stryMutAct_9fa48("389") ? /\S+/g : stryMutAct_9fa48("388") ? /\s/g : (stryCov_9fa48("388", "389"), /\s+/g), stryMutAct_9fa48("390") ? "" : (stryCov_9fa48("390"), ' ')).trim().slice(0, 120));
    return stryMutAct_9fa48("391") ? `` : (stryCov_9fa48("391"), `the body was not a Cantila error (${kind}): ${snippet}${(stryMutAct_9fa48("395") ? text.length <= 120 : stryMutAct_9fa48("394") ? text.length >= 120 : stryMutAct_9fa48("393") ? false : stryMutAct_9fa48("392") ? true : (stryCov_9fa48("392", "393", "394", "395"), text.length > 120)) ? stryMutAct_9fa48("396") ? "" : (stryCov_9fa48("396"), '…') : stryMutAct_9fa48("397") ? "Stryker was here!" : (stryCov_9fa48("397"), '')}`);
  }
}

/**
 * Builds the typed error for a non-2xx response from its status, headers and body (parsed JSON, or
 * the raw text when it was not JSON).
 * @internal
 */
export function apiErrorFrom(response: Response, body: unknown, where: string): ApiError {
  if (stryMutAct_9fa48("398")) {
    {}
  } else {
    stryCov_9fa48("398");
    const {
      status,
      headers
    } = response;
    const parsed = errorBody(body);
    const fallbackCode: ApiErrorCode = stryMutAct_9fa48("399") ? statusCodes[status] && (status >= 500 ? 'internal' : 'bad_request') : (stryCov_9fa48("399"), statusCodes[status] ?? ((stryMutAct_9fa48("403") ? status < 500 : stryMutAct_9fa48("402") ? status > 500 : stryMutAct_9fa48("401") ? false : stryMutAct_9fa48("400") ? true : (stryCov_9fa48("400", "401", "402", "403"), status >= 500)) ? stryMutAct_9fa48("404") ? "" : (stryCov_9fa48("404"), 'internal') : stryMutAct_9fa48("405") ? "" : (stryCov_9fa48("405"), 'bad_request')));
    const message = parsed ? parsed.message : stryMutAct_9fa48("406") ? `` : (stryCov_9fa48("406"), `${status}${response.statusText ? stryMutAct_9fa48("407") ? `` : (stryCov_9fa48("407"), ` ${response.statusText}`) : stryMutAct_9fa48("408") ? "Stryker was here!" : (stryCov_9fa48("408"), '')} from ${where}; ${describeBody((stryMutAct_9fa48("411") ? body !== undefined : stryMutAct_9fa48("410") ? false : stryMutAct_9fa48("409") ? true : (stryCov_9fa48("409", "410", "411"), body === undefined)) ? stryMutAct_9fa48("412") ? "Stryker was here!" : (stryCov_9fa48("412"), '') : (stryMutAct_9fa48("415") ? typeof body !== 'string' : stryMutAct_9fa48("414") ? false : stryMutAct_9fa48("413") ? true : (stryCov_9fa48("413", "414", "415"), typeof body === (stryMutAct_9fa48("416") ? "" : (stryCov_9fa48("416"), 'string')))) ? body : JSON.stringify(body), headers.get(stryMutAct_9fa48("417") ? "" : (stryCov_9fa48("417"), 'content-type')))}`);
    const ErrorClass = stryMutAct_9fa48("418") ? classes[status] && (status >= 500 ? InternalServerError : ApiError) : (stryCov_9fa48("418"), classes[status] ?? ((stryMutAct_9fa48("422") ? status < 500 : stryMutAct_9fa48("421") ? status > 500 : stryMutAct_9fa48("420") ? false : stryMutAct_9fa48("419") ? true : (stryCov_9fa48("419", "420", "421", "422"), status >= 500)) ? InternalServerError : ApiError));
    return new ErrorClass(stryMutAct_9fa48("423") ? {} : (stryCov_9fa48("423"), {
      status,
      headers,
      body: parsed,
      message,
      code: stryMutAct_9fa48("424") ? parsed?.error && fallbackCode : (stryCov_9fa48("424"), (stryMutAct_9fa48("425") ? parsed.error : (stryCov_9fa48("425"), parsed?.error)) ?? fallbackCode),
      requestId: requestIdOf(headers, stryMutAct_9fa48("426") ? parsed.request_id : (stryCov_9fa48("426"), parsed?.request_id))
    }));
  }
}