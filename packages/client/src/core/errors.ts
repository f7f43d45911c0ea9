import { errorStatuses } from '../generated/conventions.ts';
import type { components } from '../generated/schema.ts';
import { type AnyErrorReason, causeOf } from './error-reason.ts';
import { redact, redactHeader } from './redact.ts';
import { parseRetryAfter } from './retry.ts';

/** The `error` codes the API sends (the spec's `ErrorCode`). */
export type ApiErrorCode = components['schemas']['ErrorCode'];
/** The statuses the API's errors come with, one per `ErrorCode` (its `x-cantila-status`). */
export type ErrorStatus = (typeof errorStatuses)[ApiErrorCode];
/** One rejected field of a 422 `validation` error. */
export type FieldError = components['schemas']['FieldError'];
/** The body of every non-2xx response (the spec's `Error`); its `reason` may be one this client does not name yet. */
export type ApiErrorBody = Omit<components['schemas']['Error'], 'reason'> & { reason?: AnyErrorReason };
/**
 * What went wrong: an API error code, or one of the client's own codes for failures that have no
 * Cantila error body (`connection_error`, `timeout`, `invalid_response`, `response_too_large`).
 */
export type ErrorCode = ApiErrorCode | 'connection_error' | 'timeout' | 'invalid_response' | 'response_too_large';

const inspectCustom: unique symbol = Symbol.for('nodejs.util.inspect.custom');
const maxMessage = 1_000;

/** A copy of `headers` to keep on an error: credential headers (Set-Cookie, …) `[redacted]`, keys in the others too. */
function redactedHeaders(headers: Headers): Headers {
  const copy = new Headers();
  for (const [name, value] of headers) copy.append(name, redactHeader(name, value));
  return copy;
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
    const message = redact(init.message);
    super(
      message.length > maxMessage ? `${message.slice(0, maxMessage - 1)}…` : message,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.fields = init.fields ?? [];
    this.headers = init.headers && redactedHeaders(init.headers);
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
    const { name, message, status, code, requestId, fields } = this;
    return { name, message, status, code, requestId, fields };
  }

  /** What Node prints (`console.error(error)`, `util.inspect`): the stack, then the other fields of `toJSON()`. */
  [inspectCustom](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    return `${this.stack} ${inspect(fields, options)}`;
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
    super({ ...init, fields: init.body?.fields });
    this.body = init.body;
  }

  /** The cause (the body's `reason`, e.g. `quota_exceeded`), when the body states one; see `ErrorReason` for those documented. */
  get reason(): AnyErrorReason | undefined {
    return this.body?.reason;
  }

  /** What `JSON.stringify(error)` writes: the fields of every `CantilaError`, and the `reason` when the body names one. */
  override toJSON(): ReturnType<CantilaError['toJSON']> & { reason?: AnyErrorReason } {
    const { reason } = this;
    return { ...super.toJSON(), ...(reason === undefined ? {} : { reason }) };
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
    const ms = parseRetryAfter(this.headers.get('retry-after'));
    return ms === undefined ? undefined : Math.ceil(ms / 1000);
  }
}
/** 5xx: a failure on the server's side (or a proxy in front of it). */
export class InternalServerError extends ApiError {}

/** No response arrived: DNS failure, refused or reset connection, TLS failure. */
export class ConnectionError extends CantilaError {
  declare readonly status: undefined;
  /** @internal */
  constructor(message: string, cause?: unknown, code: 'connection_error' | 'timeout' = 'connection_error') {
    super({ message, code, cause });
  }
}

/** No complete response arrived within the request's timeout. */
export class TimeoutError extends ConnectionError {
  /** @internal */
  constructor(message: string) {
    super(message, undefined, 'timeout');
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
  const id = headers.get('x-request-id') ?? fallback;
  return typeof id === 'string' ? redact(id) : undefined;
}

// 502 and 504 come from gateways in front of the API, which has no code of its own for them.
const statusCodes: Record<number, ApiErrorCode> = { 502: 'unavailable', 504: 'unavailable' };
for (const [code, status] of Object.entries(errorStatuses)) statusCodes[status] = code as ApiErrorCode;

const classes: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

const isString = (value: unknown): value is string => typeof value === 'string';
const isFieldError = (value: unknown): value is FieldError =>
  isString((value as FieldError | null)?.field) && isString((value as FieldError).message);

/**
 * `body` as a Cantila error, its strings redacted, if it is one: a known `error` code, a message, and
 * `request_id` and `fields` (`[]` when absent) of the right shape.
 */
function errorBody(body: unknown): ApiErrorBody | undefined {
  const { error, message, request_id, fields = [] } = (body ?? {}) as Record<string, unknown>;
  if (!isString(error) || !Object.hasOwn(errorStatuses, error) || !isString(message) || !message.trim()) return undefined;
  if (!(request_id === undefined || isString(request_id)) || !Array.isArray(fields) || !fields.every(isFieldError)) return undefined;
  return {
    error: error as ApiErrorCode,
    ...causeOf(body as Record<string, unknown>),
    message: redact(message),
    request_id: isString(request_id) ? redact(request_id) : request_id,
    fields: fields.map((f: FieldError) => ({ field: redact(f.field), message: redact(f.message) })),
  };
}

function describeBody(text: string, contentType: string | null): string {
  if (text.trim() === '') return 'the body was empty';
  const kind = contentType?.split(';')[0] ?? 'no content type';
  const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 120);
  return `the body was not a Cantila error (${kind}): ${snippet}${text.length > 120 ? '…' : ''}`;
}

/**
 * Builds the typed error for a non-2xx response from its status, headers and body (parsed JSON, or
 * the raw text when it was not JSON).
 * @internal
 */
export function apiErrorFrom(response: Response, body: unknown, where: string): ApiError {
  const { status, headers } = response;
  const parsed = errorBody(body);
  const fallbackCode: ApiErrorCode = statusCodes[status] ?? (status >= 500 ? 'internal' : 'bad_request');
  const message = parsed
    ? parsed.message
    : `${status}${response.statusText ? ` ${response.statusText}` : ''} from ${where}; ${describeBody(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body), headers.get('content-type'))}`;
  const ErrorClass = classes[status] ?? (status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass({
    status,
    headers,
    body: parsed,
    message,
    code: parsed?.error ?? fallbackCode,
    requestId: requestIdOf(headers, parsed?.request_id),
  });
}
