/**
 * The policy layer: what the real API does and Prism does not — the base path (`/v1`), authentication,
 * scopes, act-as, errors in the spec's `Error` shape with their real reason, request ids and
 * rate-limit headers — in front of the embedded Prism engine.
 */
import { randomBytes } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { keyIdOf, maxKeyLength, maxSessionLength, resolveCredential, type Credential, type CredentialProblem } from './credentials.ts';
import type { Engine } from './engine.ts';
import { describeFields, describeViolations, errorBody, type FieldError } from './errors.ts';
import { parameterProblems, repeatedProblem } from './parameters.ts';
import { rateLimiter } from './rate-limit.ts';
import { readPreferences } from './prefer.ts';
import { redactor } from './redact.ts';
import { subAccountsPath, whoami, type MockSpec, type OperationPolicy } from './spec.ts';

const maxBodyBytes = 1024 * 1024;
const exposedHeaders = 'X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After';
// Headers the policy layer sets itself; Prism's copies (the spec's example values) are dropped.
const ownHeaders = new Set(['x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'content-length']);
// Prism prefixes its problems with their type's URL, which says nothing to a frontend developer.
const prismProblemType = /https?:\/\/stoplight\.io\/prism\/errors#[A-Z_]+: /g;

interface Reply {
  status: number;
  body?: unknown;
  /** Of the body; JSON unless Prism's response says otherwise. */
  contentType?: string;
  headers?: Record<string, string>;
}

type BodyResult = { bytes: Buffer } | { tooLarge: true };

/** The request's body, or `tooLarge` as soon as it is known to exceed the limit: the rest is left unread. */
function readBody(req: IncomingMessage): Promise<BodyResult> {
  if (Number(req.headers['content-length']) > maxBodyBytes) return Promise.resolve({ tooLarge: true });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= maxBodyBytes) return;
      req.off('data', onData);
      req.pause();
      resolve({ tooLarge: true });
    };
    req.on('data', onData);
    req.on('end', () => resolve({ bytes: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isJson = (contentType: string | undefined): boolean =>
  !!contentType && /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType);

function parseQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (!search) return query;
  const params = new URLSearchParams(search);
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function undecodableParam(params: Record<string, string>): string | undefined {
  for (const [name, value] of Object.entries(params)) {
    try {
      decodeURIComponent(value);
    } catch {
      return name;
    }
  }
  return undefined;
}

/** The policy layer's handlers for a node:http server. */
export interface Policy {
  /** The server's `request` handler. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The server's `checkExpectation` handler: an `Expect` other than 100-continue gets a 400 in the Error shape. */
  checkExpectation(req: IncomingMessage, res: ServerResponse): void;
  /** The server's `connect` handler: CONNECT gets a 404 or 405 in the Error shape, and the connection closes. */
  connect(req: IncomingMessage, socket: Duplex): void;
  /** The server's `clientError` handler: a request that is not valid HTTP still gets an Error body. */
  clientError(cause: NodeJS.ErrnoException, socket: Duplex): void;
}

/** Builds the policy layer for a compiled spec and its engine. */
export function createPolicy(spec: MockSpec, engine: Engine): Policy {
  const requestTag = randomBytes(4).toString('hex');
  let requestCount = 0;
  const countRequest = rateLimiter(spec.rateLimit);
  const rank = (scope: string): number => spec.scopes.indexOf(scope);
  const { actAsHeader, basePath: base } = spec;
  const actAsHeaderKey = actAsHeader.toLowerCase();
  const errorStatuses: ReadonlySet<number> = new Set(spec.errorCodes.keys());
  const redact = redactor(spec.sessionCookie);
  // Every error the layer builds may quote the request (a path, a header, a field name): all of it goes through `redact`.
  const error = (status: number, message: string, requestId: string, fields?: FieldError[], headers?: Record<string, string>): Reply => ({
    status,
    body: errorBody(
      spec.errorCodes,
      status,
      redact(message),
      requestId,
      fields?.map((f) => ({ field: redact(f.field), message: redact(f.message) })),
    ),
    ...(headers ? { headers } : {}),
  });
  /** A 422 naming each field of `fields` with its reason. */
  const invalid = (requestId: string, fields: FieldError[]): Reply => error(422, describeFields(fields), requestId, fields);

  /** The checks of the real API, in its order; `undefined` lets the request through to Prism. */
  function refuse(
    req: IncomingMessage,
    operation: OperationPolicy,
    credential: Credential | CredentialProblem | undefined,
    requestId: string,
  ): Reply | undefined {
    if (credential === 'missing')
      return error(401, `Missing credential: send Authorization: Bearer sk_… or the ${spec.sessionCookie} cookie.`, requestId);
    if (credential === 'malformed') {
      return error(
        401,
        `Malformed credential: the Authorization header must be "Bearer sk_…" and the ${spec.sessionCookie} cookie a non-empty token.`,
        requestId,
      );
    }
    if (credential === 'key too long')
      return error(401, `Credential too long: an API key has at most ${maxKeyLength} characters.`, requestId);
    if (credential === 'session too long')
      return error(401, `Credential too long: the ${spec.sessionCookie} cookie has at most ${maxSessionLength} characters.`, requestId);
    if (credential && !(credential.kind === 'key' ? operation.acceptsKey : operation.acceptsSession)) {
      return error(401, `${operation.key} does not accept ${credential.kind === 'key' ? 'an API key' : 'the session cookie'}.`, requestId);
    }
    const actAsCopies = operation.takesActAs ? (req.headersDistinct[actAsHeaderKey]?.length ?? 0) : 0;
    if (actAsCopies > 1) return invalid(requestId, [{ field: actAsHeader, message: repeatedProblem('header', actAsCopies) }]);
    const actAs = operation.takesActAs ? (req.headers[actAsHeaderKey] as string | undefined) : undefined;
    const handleProblem = actAs === undefined ? undefined : spec.handleProblem(actAs);
    if (handleProblem) return invalid(requestId, [{ field: actAsHeader, message: handleProblem }]);
    if (credential && operation.scope && rank(credential.scope) < rank(operation.scope)) {
      return error(
        403,
        `This operation needs the ${operation.scope} scope; the ${credential.kind === 'key' ? 'key' : 'session'} has ${credential.scope}.`,
        requestId,
      );
    }
    if (actAs !== undefined && !spec.actAsHandles.has(actAs)) {
      return error(
        403,
        `You may not act as ${actAs}: it is not one of your sub-accounts (GET ${base}${subAccountsPath} lists them).`,
        requestId,
      );
    }
    return undefined;
  }

  async function answer(
    req: IncomingMessage,
    operation: OperationPolicy,
    path: string,
    search: string,
    credential: Credential | undefined,
    requestId: string,
  ): Promise<Reply> {
    let body: unknown;
    if (operation.takesBody) {
      const read = await readBody(req);
      // The spec's errors have no 413; the connection closes after the answer, so the rest of the body is never read.
      if ('tooLarge' in read)
        return error(400, `Request body is larger than ${maxBodyBytes / 1024 / 1024} MiB.`, requestId, undefined, { Connection: 'close' });
      if (read.bytes.length > 0) {
        const contentType = req.headers['content-type'];
        if (!isJson(contentType))
          return error(
            400,
            `Request body must be JSON sent as Content-Type: application/json, not ${contentType ?? 'without a Content-Type'}.`,
            requestId,
          );
        try {
          body = JSON.parse(read.bytes.toString('utf8'));
        } catch (cause) {
          return error(400, `Request body is not valid JSON: ${(cause as Error).message}.`, requestId);
        }
      }
    }
    const headers = { ...req.headers };
    // The API answers JSON whatever the Accept header says; Prism would negotiate it into a 406.
    delete headers.accept;
    if (!operation.takesBody) {
      // Like the API, an operation without a body ignores one; Prism would call it an unsupported content type.
      delete headers['content-length'];
      delete headers['transfer-encoding'];
      delete headers['content-type'];
    }
    const query = parseQuery(search);
    const badParameters = parameterProblems(operation.parameters, query, req.headersDistinct);
    if (badParameters.length > 0) return invalid(requestId, badParameters);
    const preferred = readPreferences(operation, req.headers.prefer, query, errorStatuses);
    if (preferred && 'fields' in preferred) return error(422, preferred.message, requestId, preferred.fields);
    // A HEAD routed to a GET is asked of Prism as that GET; Node leaves the body out of the answer.
    const request = { method: operation.method, path, query, headers, body };
    let result = await engine.respond({ ...request, preferences: preferred?.preferences });
    if (!result.ok && preferred) {
      // Prism could not follow the preference: without it, either the request has its own problem (reported as such) or the preference was the cause.
      const plain = await engine.respond(request);
      if (plain.ok && plain.violations.length === 0) {
        return invalid(requestId, [
          { field: preferred.field, message: `cannot be followed by ${operation.key}: ${result.message.replace(prismProblemType, '')}` },
        ]);
      }
      result = plain;
    }
    if (!result.ok) return error(result.status, result.message, requestId);
    const extra: Record<string, string> = {};
    let contentType: string | undefined;
    for (const [name, value] of Object.entries(result.headers)) {
      const lower = name.toLowerCase();
      if (lower === 'content-type') contentType = String(value);
      else if (!ownHeaders.has(lower)) extra[name] = String(value);
    }
    if (result.status >= 400) {
      if (result.violations.length > 0) {
        const { message, fields } = describeViolations(result.violations);
        return error(result.status, message, requestId, result.status === 422 ? fields : undefined, extra);
      }
      // An error response asked for with `Prefer: code=…`: the spec's example, with this request's id wherever the example has its own.
      const example = isObject(result.body)
        ? result.body
        : errorBody(spec.errorCodes, result.status, `The spec's ${result.status} response.`, requestId);
      const exampleId = example.request_id;
      const withId = Object.entries(example).map(([name, value]) => [
        name,
        typeof value === 'string' && typeof exampleId === 'string' && exampleId ? value.replaceAll(exampleId, requestId) : value,
      ]);
      return { status: result.status, body: { ...Object.fromEntries(withId), request_id: requestId }, headers: extra };
    }
    if (operation.key === whoami && result.exampleKey === undefined && isObject(result.body)) {
      const { key: _key, acting_as: _actingAs, ...me } = result.body;
      const actAs = req.headers[actAsHeaderKey];
      const reflected = {
        ...me,
        ...(credential?.kind === 'key' ? { key: { id: keyIdOf(credential.secret), scope: credential.scope } } : {}),
        ...(actAs === undefined ? {} : { acting_as: actAs }),
      };
      return { status: result.status, body: reflected, contentType, headers: extra };
    }
    return { status: result.status, body: result.body, contentType, headers: extra };
  }

  async function route(req: IncomingMessage, requestId: string, origin: string | undefined): Promise<{ reply: Reply; holder: string }> {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const fullPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt + 1);
    const method = req.method ?? 'GET';
    const holder = req.socket.remoteAddress ?? 'unknown';
    if (req.httpVersion === '1.1' && req.headers.host === undefined) {
      return { reply: error(400, 'The request has no Host header, which HTTP/1.1 requires.', requestId), holder };
    }
    const expectation = req.headers.expect;
    if (expectation !== undefined && expectation.toLowerCase() !== '100-continue') {
      return { reply: error(400, `Expect: ${expectation} cannot be met; the mock knows only Expect: 100-continue.`, requestId), holder };
    }
    if (!fullPath.startsWith(`${base}/`))
      return { reply: error(404, `No route ${method} ${fullPath}: every path of the API starts with ${base}/.`, requestId), holder };
    const path = fullPath.slice(base.length);
    const match = spec.router.match(method, path);
    if (!match) return { reply: error(404, `No route ${method} ${fullPath}: the API reference lists every path.`, requestId), holder };
    if ('allow' in match) {
      const allow = match.allow.join(', ');
      if (method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method'] !== undefined) {
        // The headers the page asks to send are allowed as asked, but for a name holding a credential (which is never echoed).
        const asked = (req.headers['access-control-request-headers'] ?? '').split(',').map((name) => name.trim());
        const allowedHeaders = asked.filter((name) => name && redact(name) === name).join(', ');
        return {
          reply: {
            status: 204,
            headers: {
              'Access-Control-Allow-Methods': allow,
              'Access-Control-Allow-Headers': allowedHeaders || '*',
              'Access-Control-Max-Age': '600',
            },
          },
          holder,
        };
      }
      return {
        reply: error(405, `${method} is not allowed on ${fullPath}; it answers ${allow}.`, requestId, undefined, { Allow: allow }),
        holder,
      };
    }
    const operation = match.value;
    const credential = operation.scope === null ? undefined : resolveCredential(req.headers, spec.sessionCookie, spec.scopes);
    const known = typeof credential === 'object' ? credential : undefined;
    const who = known ? known.secret : holder;
    const refusal = refuse(req, operation, credential, requestId);
    if (refusal) return { reply: refusal, holder: who };
    const badParam = undecodableParam(match.params);
    if (badParam) return { reply: invalid(requestId, [{ field: badParam, message: 'is not valid percent-encoded UTF-8' }]), holder: who };
    return { reply: await answer(req, operation, path, search, known, requestId), holder: who };
  }

  /** The status line's headers and payload of `reply`, with the headers every response carries. */
  function render(
    reply: Reply,
    requestId: string,
    holder: string,
    origin: string | undefined,
  ): { head: Record<string, string | number>; payload: string | undefined } {
    const counted = countRequest(holder);
    // A 429 (asked for with `Prefer: code=429`) leaves nothing in the window until Retry-After has passed.
    const retryAfter = Object.entries(reply.headers ?? {}).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
    const rate = retryAfter === undefined ? counted : { ...counted, remaining: 0, reset: Number(retryAfter) };
    const contentType = reply.contentType ?? 'application/json';
    const payload = reply.body === undefined ? undefined : isJson(contentType) ? JSON.stringify(reply.body) : String(reply.body);
    const head: Record<string, string | number> = {
      ...reply.headers,
      'X-Request-Id': requestId,
      'RateLimit-Limit': rate.limit,
      'RateLimit-Remaining': rate.remaining,
      'RateLimit-Reset': rate.reset,
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': exposedHeaders,
    };
    if (origin !== undefined) head.Vary = 'Origin';
    if (payload !== undefined) {
      head['Content-Type'] = contentType;
      head['Content-Length'] = Buffer.byteLength(payload);
    }
    return { head, payload };
  }

  const nextRequestId = (): string => `req_${requestTag}${(++requestCount).toString(36)}`;

  /** Writes an answer straight to a socket Node has handed over (an unparsable request, CONNECT), then closes it. */
  function writeRaw(socket: Duplex, reply: Reply, requestId: string, holder: string): void {
    const { head, payload } = render(reply, requestId, holder, undefined);
    const lines = Object.entries({ ...head, Connection: 'close' }).map(([name, value]) => `${name}: ${value}`);
    socket.end(`HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status]}\r\n${lines.join('\r\n')}\r\n\r\n${payload ?? ''}`);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const requestId = nextRequestId();
    const origin = req.headers.origin;
    route(req, requestId, origin)
      .catch((cause: unknown) => {
        // A client that went away mid-request is no failure of the mock.
        if (req.socket.destroyed) return undefined;
        process.stderr.write(
          redact(`cantila-mock: ${req.method} ${(req.url ?? '').split('?')[0]} failed: ${(cause as Error)?.stack ?? String(cause)}\n`),
        );
        return {
          reply: error(500, `The mock failed on this request (${(cause as Error)?.message ?? 'unknown error'}).`, requestId),
          holder: 'error',
        };
      })
      .then((outcome) => {
        if (!outcome) return;
        const { reply, holder } = outcome;
        const { head, payload } = render(reply, requestId, holder, origin);
        res.writeHead(reply.status, head);
        res.end(payload);
      });
  }

  return {
    handle,
    checkExpectation: handle,

    connect(req, socket) {
      const requestId = nextRequestId();
      // No operation has the CONNECT method, so routing answers 404 or 405 without reading on.
      route(req, requestId, undefined).then(
        ({ reply, holder }) => writeRaw(socket, reply, requestId, holder),
        () => socket.destroy(),
      );
    },

    clientError(cause, socket) {
      if (cause.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      // Node's own answer would be a bare 400 without a body; this one is in the Error shape like every other.
      const requestId = nextRequestId();
      const status = cause.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      writeRaw(
        socket,
        error(status, `The request is not valid HTTP/1.1 (${cause.code ?? cause.message}).`, requestId),
        requestId,
        'client-error',
      );
    },
  };
}
