/**
 * The policy layer: what the real API does and Prism does not — the base path (`/v1`), authentication,
 * scopes, act-as, errors in the spec's `Error` shape with their real reason, request ids and
 * rate-limit headers — in front of the embedded Prism engine.
 */
import { randomBytes } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { isJson, maxBodyBytes } from './checks/body.ts';
import { operationChecks, type RequestContext, requestChecks, route } from './checks/index.ts';
import { withDeprecationHeaders } from './deprecation.ts';
import type { Engine } from './engine.ts';
import { rateLimiter } from './rate-limit.ts';
import { redactor } from './redact.ts';
import { sessionBook } from './sessions.ts';
import { type Reply, refusals } from './reply.ts';
import { respond } from './respond.ts';
import type { MockSpec } from './spec.ts';
import { control, controlBase, type StatefulMock } from './state.ts';
import { type NetworkPolicy, networkPolicy } from './network.ts';

const exposedHeaders =
  'X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Idempotent-Replayed, Location, Deprecation, Sunset';

export function parseQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (!search) return query;
  const params = new URLSearchParams(search);
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/** What Node's parser found wrong with a request it could not hand over, as a status and a message. */
function clientProblem(cause: NodeJS.ErrnoException): { status: number; message: string } {
  if (cause.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, message: 'The request took too long to arrive: its headers and body must come within the time limit.' };
  }
  if (cause.code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, message: 'The request headers are too large: send fewer or shorter headers (a long cookie, say).' };
  }
  return { status: 400, message: `The request is not valid HTTP/1.1 (${cause.code ?? cause.message}).` };
}

/** The policy layer's handlers for a node:http server. */
export interface Policy {
  /** The server's `request` handler. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The server's `checkExpectation` handler: an `Expect` other than 100-continue gets a 400 in the Error shape. */
  checkExpectation(req: IncomingMessage, res: ServerResponse): void;
  /** The server's `checkContinue` handler: `100 Continue` only for a body the mock would read. */
  checkContinue(req: IncomingMessage, res: ServerResponse): void;
  /** The server's `connect` handler: CONNECT gets a 404 or 405 in the Error shape, and the connection closes. */
  connect(req: IncomingMessage, socket: Duplex): void;
  /** The server's `clientError` handler: a request that is not valid HTTP still gets an Error body. */
  clientError(cause: NodeJS.ErrnoException, socket: Duplex): void;
}

export interface PolicyOptions {
  /** The store, when the mock keeps state: it answers what it keeps. */
  stateful?: StatefulMock | undefined;
  /** CORS origins and Host names the mock answers. Default: loopback only, on a 127.0.0.1 bind. */
  network?: NetworkPolicy;
}

/** Builds the policy layer for a compiled spec and its engine. */
export function createPolicy(spec: MockSpec, engine: Engine, options: PolicyOptions = {}): Policy {
  const { stateful, network = networkPolicy('127.0.0.1') } = options;
  const requestTag = randomBytes(4).toString('hex');
  let requestCount = 0;
  const countRequest = rateLimiter(spec.rateLimit);
  // Every error the layer builds may quote the request (a path, a header, a field name): all of it goes through `redact`.
  const redact = redactor(spec.sessionCookie);
  const sessions = sessionBook();

  /** Runs the checks in their order, then asks Prism; the reply, and whom the rate limit counts it against. */
  async function answer(req: IncomingMessage, requestId: string): Promise<{ reply: Reply; rateLimitKey: string }> {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const context: RequestContext = {
      req,
      spec,
      requestId,
      method: req.method ?? 'GET',
      fullPath: queryAt === -1 ? url : url.slice(0, queryAt),
      query: parseQuery(queryAt === -1 ? '' : url.slice(queryAt + 1)),
      rateLimitKey: req.socket.remoteAddress ?? 'unknown',
      network,
      sessions,
      redact,
      ...refusals(spec, redact, requestId),
    };
    for (const check of requestChecks) {
      const reply = check(context);
      if (reply) return { reply, rateLimitKey: context.rateLimitKey };
    }
    if (stateful && context.fullPath.startsWith(`${controlBase}/`)) {
      return { reply: await control(stateful, context), rateLimitKey: context.rateLimitKey };
    }
    const routed = route(context);
    if ('status' in routed) return { reply: routed, rateLimitKey: context.rateLimitKey };
    const { deprecationHeaders } = routed.operation;
    for (const check of operationChecks) {
      const reply = await check(routed);
      if (reply) return { reply: withDeprecationHeaders(reply, deprecationHeaders), rateLimitKey: routed.rateLimitKey };
    }
    return {
      reply: withDeprecationHeaders(await respond(routed, engine, stateful), deprecationHeaders),
      rateLimitKey: routed.rateLimitKey,
    };
  }

  /** The status line's headers and payload of `reply`, with the headers every response carries. */
  function render(
    reply: Reply,
    requestId: string,
    rateLimitKey: string,
    origin: string | undefined,
  ): { head: Record<string, string | number>; payload: string | undefined } {
    const counted = countRequest(rateLimitKey);
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
    };
    if (origin === undefined) head['Access-Control-Allow-Origin'] = '*';
    else {
      head.Vary = 'Origin';
      if (network.allowsOrigin(origin)) {
        head['Access-Control-Allow-Origin'] = origin;
        head['Access-Control-Allow-Credentials'] = 'true';
      }
    }
    if (head['Access-Control-Allow-Origin'] !== undefined) head['Access-Control-Expose-Headers'] = exposedHeaders;
    if (payload !== undefined) {
      head['Content-Type'] = contentType;
      head['Content-Length'] = Buffer.byteLength(payload);
    }
    return { head, payload };
  }

  const nextRequestId = (): string => `req_${requestTag}${(++requestCount).toString(36)}`;

  /** Writes an answer straight to a socket Node has handed over (an unparsable request, CONNECT), then closes it. */
  function writeRaw(socket: Duplex, reply: Reply, requestId: string, rateLimitKey: string): void {
    const { head, payload } = render(reply, requestId, rateLimitKey, undefined);
    const lines = Object.entries({ ...head, Connection: 'close' }).map(([name, value]) => `${name}: ${value}`);
    socket.end(`HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status]}\r\n${lines.join('\r\n')}\r\n\r\n${payload ?? ''}`);
  }

  /** Answers one request; resolves once the answer is written. */
  function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = nextRequestId();
    const origin = req.headers.origin;
    return answer(req, requestId)
      .catch((cause: unknown) => {
        // A client that went away mid-request is no failure of the mock.
        if (req.socket.destroyed) return undefined;
        process.stderr.write(
          redact(`cantila-mock: ${req.method} ${(req.url ?? '').split('?')[0]} failed: ${(cause as Error)?.stack ?? String(cause)}\n`),
        );
        const message = `The mock failed on this request (${(cause as Error)?.message ?? 'unknown error'}).`;
        return { reply: refusals(spec, redact, requestId).refuse({ reason: 'internal_error' }, message), rateLimitKey: 'error' };
      })
      .then((outcome) => {
        if (!outcome) return;
        const { reply, rateLimitKey } = outcome;
        const { head, payload } = render(reply, requestId, rateLimitKey, origin);
        res.writeHead(reply.status, head);
        res.end(payload);
      });
  }

  // Requests pipelined on one connection are answered one after the other (HTTP/1.1 sends their answers
  // in order anyway), so thousands of them on one socket take one turn at a time, not the whole server.
  const inLine = new WeakMap<object, Promise<void>>();
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const previous = inLine.get(req.socket);
    // Each turn waits for the event loop to come round, so other connections' requests are read in between.
    const turn = previous
      ? previous.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(() => serve(req, res))
      : serve(req, res);
    inLine.set(req.socket, turn);
  }

  return {
    handle,
    checkExpectation: handle,

    checkContinue(req, res) {
      // Over the limit, the body check refuses at once and closes: the client need not send the body at all.
      if (!(Number(req.headers['content-length']) > maxBodyBytes)) res.writeContinue();
      handle(req, res);
    },

    connect(req, socket) {
      const requestId = nextRequestId();
      // No operation has the CONNECT method, so routing answers 404 or 405 without reading on.
      answer(req, requestId).then(
        ({ reply, rateLimitKey }) => writeRaw(socket, reply, requestId, rateLimitKey),
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
      const { status, message } = clientProblem(cause);
      const reply = refusals(spec, redact, requestId).error(status, message);
      writeRaw(socket, reply, requestId, 'client-error');
    },
  };
}
