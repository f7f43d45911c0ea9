/**
 * The policy layer: what the real API does and Prism does not — the base path (`/v1`), authentication,
 * scopes, act-as, errors in the spec's `Error` shape with their real reason, request ids and
 * rate-limit headers — in front of the embedded Prism engine. Transport-neutral: a request description
 * in, a status, headers and body out; node:http (./node-http.ts) and MSW (./msw.ts) carry them.
 */
import { isJson } from './checks/body.ts';
import { operationChecks, type OperationContext, type RequestContext, requestChecks, route } from './checks/index.ts';
import { withDeprecationHeaders } from './deprecation.ts';
import type { Engine } from './engine.ts';
import { type NetworkPolicy, networkPolicy } from './network.ts';
import type { Preferences } from './prefer.ts';
import { rateLimiter } from './rate-limit.ts';
import { redactor } from './redact.ts';
import { sessionBook } from './sessions.ts';
import { type Reply, refusals } from './reply.ts';
import { type MockRequest, type MockResponse, parseQuery } from './request.ts';
import { respond } from './respond.ts';
import type { MockSpec, OperationPolicy } from './spec.ts';
import { control, controlBase, type StatefulMock } from './state.ts';

const exposedHeaders =
  'X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Idempotent-Replayed, Location, Deprecation, Sunset';

/** What a test asked one operation to answer instead: a reply as given, or Prism's answer under these preferences (`code`). */
export type Override = { reply: Reply } | { preferences: Preferences };

export interface PolicyOptions {
  /** The store, when the mock keeps state: it answers what it keeps. */
  stateful?: StatefulMock | undefined;
  /** CORS origins and Host names the mock answers. Default: loopback only, on a 127.0.0.1 bind. */
  network?: NetworkPolicy;
  /** The override for a request every check let through, if any. */
  override?: (operation: OperationPolicy) => Override | undefined;
  /** Where a failure of the mock itself is told, redacted. Default: stderr. */
  log?: (line: string) => void;
}

/** The policy layer, for any transport. */
export interface Policy {
  /** The answer to `request`, with the headers every response carries. Never rejects: a failure of the mock is a 500 in the Error shape. */
  answer(request: MockRequest): Promise<MockResponse>;
  /** An answer in the Error shape to what never became a request (HTTP the transport could not parse). */
  error(status: number, message: string): MockResponse;
}

/** A random tag that tells this mock's request ids from another's. */
function randomTag(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const utf8 = new TextEncoder();

/** Builds the policy layer for a compiled spec and its engine. */
export function createPolicy(spec: MockSpec, engine: Engine, options: PolicyOptions = {}): Policy {
  const { stateful, network = networkPolicy('127.0.0.1'), override } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const requestTag = randomTag();
  let requestCount = 0;
  const countRequest = rateLimiter(spec.rateLimit);
  // Every error the layer builds may quote the request (a path, a header, a field name): all of it goes through `redact`.
  const redact = redactor(spec.sessionCookie);
  const sessions = sessionBook();

  /** The override's answer, or Prism's (or the store's). */
  async function overridden(routed: OperationContext): Promise<Reply> {
    const forced = override?.(routed.operation);
    if (forced && 'reply' in forced) return forced.reply;
    if (forced) routed.preferred = { preferences: forced.preferences, field: 'override' };
    return respond(routed, engine, stateful);
  }

  /** Runs the checks in their order, then asks Prism; the reply, and whom the rate limit counts it against. */
  async function answerOf(req: MockRequest, requestId: string): Promise<{ reply: Reply; rateLimitKey: string }> {
    const url = req.url;
    const queryAt = url.indexOf('?');
    const context: RequestContext = {
      req,
      spec,
      requestId,
      method: req.method,
      fullPath: queryAt === -1 ? url : url.slice(0, queryAt),
      query: parseQuery(queryAt === -1 ? '' : url.slice(queryAt + 1)),
      rateLimitKey: req.remoteAddress ?? 'unknown',
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
    return { reply: withDeprecationHeaders(await overridden(routed), deprecationHeaders), rateLimitKey: routed.rateLimitKey };
  }

  /** `reply` with the headers every response carries, ready to send. */
  function render(reply: Reply, requestId: string, rateLimitKey: string, origin: string | undefined): MockResponse {
    const counted = countRequest(rateLimitKey);
    // A 429 (asked for with `Prefer: code=429`) leaves nothing in the window until Retry-After has passed.
    const retryAfter = Object.entries(reply.headers ?? {}).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
    const rate = retryAfter === undefined ? counted : { ...counted, remaining: 0, reset: Number(retryAfter) };
    const contentType = reply.contentType ?? 'application/json';
    const body = reply.body === undefined ? undefined : isJson(contentType) ? JSON.stringify(reply.body) : String(reply.body);
    const headers: Record<string, string> = {
      ...reply.headers,
      'X-Request-Id': requestId,
      'RateLimit-Limit': String(rate.limit),
      'RateLimit-Remaining': String(rate.remaining),
      'RateLimit-Reset': String(rate.reset),
    };
    if (origin === undefined) headers['Access-Control-Allow-Origin'] = '*';
    else {
      headers.Vary = 'Origin';
      if (network.allowsOrigin(origin)) {
        headers['Access-Control-Allow-Origin'] = origin;
        headers['Access-Control-Allow-Credentials'] = 'true';
      }
    }
    if (headers['Access-Control-Allow-Origin'] !== undefined) headers['Access-Control-Expose-Headers'] = exposedHeaders;
    if (body !== undefined) {
      headers['Content-Type'] = contentType;
      headers['Content-Length'] = String(utf8.encode(body).length);
    }
    return { status: reply.status, headers, body };
  }

  const nextRequestId = (): string => `req_${requestTag}${(++requestCount).toString(36)}`;

  return {
    async answer(req) {
      const requestId = nextRequestId();
      const origin = req.headers.origin;
      const outcome = await answerOf(req, requestId).catch((cause: unknown) => {
        // A client that went away mid-request is no failure of the mock.
        if (!req.gone())
          log(redact(`cantila-mock: ${req.method} ${req.url.split('?')[0]} failed: ${(cause as Error)?.stack ?? String(cause)}`));
        const message = `The mock failed on this request (${(cause as Error)?.message ?? 'unknown error'}).`;
        return { reply: refusals(spec, redact, requestId).refuse({ reason: 'internal_error' }, message), rateLimitKey: 'error' };
      });
      return render(outcome.reply, requestId, outcome.rateLimitKey, origin);
    },

    error(status, message) {
      const requestId = nextRequestId();
      return render(refusals(spec, redact, requestId).error(status, message), requestId, 'client-error', undefined);
    },
  };
}
