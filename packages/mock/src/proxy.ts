/**
 * `cantila-mock --proxy URL`: Prism's validating proxy in front of a real backend. Requests come in under
 * the spec's base path (`/v1`) and go on to the backend unchanged; every request and response is
 * validated against the spec, and each violation is logged (credentials redacted) and reported to the
 * caller in the `X-Cantila-Violations` response header, a JSON array of sentences.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@stoplight/prism-core';
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig, type IHttpRequest } from '@stoplight/prism-http';
import { errorBody, type Violation } from './errors.ts';
import { isJson } from './checks/body.ts';
import { readBody } from './node-http.ts';
import { maxBodyBytes, parseQuery, textOf } from './request.ts';
import { redactor } from './redact.ts';
import { defaultSpecPath, loadMockSpec } from './spec.ts';

export const violationsHeader = 'X-Cantila-Violations';

export interface ProxyOptions {
  /** The backend's base URL, with its base path: `https://staging.cantila.app/v1`. */
  upstream: string;
  /** Port to listen on; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** The bundled spec. Default: the monorepo's docs/openapi.json. */
  specPath?: string;
  /** Where each violation goes, one redacted line per request with violations. Default: stderr. */
  log?: (line: string) => void;
}

export interface RunningProxy {
  /** The proxy's base URL, ending in the spec's base path (`/v1`). */
  url: string;
  port: number;
  close(): Promise<void>;
}

// DiagnosticSeverity.Error in @stoplight/types.
const errorSeverity = 0;
// Hop-by-hop headers, and those that described the body as the backend sent it (node-fetch decodes it).
const droppedHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);
// A header line must stay within what servers and browsers accept.
const maxHeaderChars = 4096;

/** The backend's URL, checked: an absolute http(s) URL with no credentials, query or fragment. */
export function upstreamUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `--proxy must be the backend's absolute URL with its base path, such as http://127.0.0.1:8080/v1, not ${JSON.stringify(text)}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`--proxy must be an http or https URL, not ${url.protocol}`);
  if (url.username || url.password || url.search || url.hash)
    throw new Error('--proxy must be a plain base URL: no credentials, query or fragment');
  return url;
}

/** `response body.data must be array`: where the violation is and what is wrong. */
function describe(side: 'request' | 'response', violation: Violation): string {
  const where = (violation.path ?? []).join('.');
  return `${side}${where ? ` ${where}` : ''}: ${violation.message}`;
}

/** The header's value: the violations as a JSON array, ASCII only, cut to fit one header line. */
function headerValue(violations: readonly string[]): string {
  const ascii = (text: string): string => text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const kept: string[] = [];
  for (const violation of violations) {
    const next = ascii(JSON.stringify([...kept, violation]));
    if (next.length > maxHeaderChars) {
      kept.push(`… and ${violations.length - kept.length} more (see the proxy's log)`);
      break;
    }
    kept.push(violation);
  }
  return ascii(JSON.stringify(kept));
}

/** Starts the validating proxy and resolves once it accepts requests. */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const upstream = upstreamUrl(options.upstream);
  const specPath = options.specPath ?? defaultSpecPath;
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const spec = loadMockSpec(specPath);
  const redact = redactor(spec.sessionCookie);
  const operations = await getHttpOperationsFromSpec(specPath);
  // The spec documents X-Request-Id and RateLimit-* on every response as always sent (the cantila-response-headers
  // rule), without OpenAPI's `required`; Prism checks a header's presence only when it is required.
  for (const operation of operations)
    for (const response of operation.responses) for (const header of response.headers ?? []) header.required = true;
  const config: IHttpConfig = {
    isProxy: true,
    upstream,
    upstreamProxy: undefined,
    checkSecurity: false,
    validateRequest: true,
    validateResponse: true,
    // Forward whatever the request: the backend's own answer to a bad request is part of what is checked.
    errors: false,
    mock: { dynamic: false },
  };
  const prism = createInstance(config, { logger: createLogger('cantila-proxy', { level: 'silent' }) });

  const answer = (res: ServerResponse, status: number, headers: Record<string, string>, body: string): void => {
    res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const proxyError = (res: ServerResponse, status: number, message: string): void => {
    const requestId = `req_${randomBytes(9).toString('base64url').replace(/[-_]/g, '')}`;
    answer(
      res,
      status,
      { 'content-type': 'application/json', 'x-request-id': requestId },
      JSON.stringify(errorBody(spec.errorCodes, status, redact(message), requestId)),
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const line = `${req.method} ${url.pathname}`;
    if (!url.pathname.startsWith(`${spec.basePath}/`)) {
      return proxyError(res, 404, `No route ${redact(line)}: every path of the API starts with ${spec.basePath}/.`);
    }
    const read = await readBody(req);
    if ('tooLarge' in read) return proxyError(res, 400, `Request body is larger than ${maxBodyBytes / 1024 / 1024} MiB.`);
    const text = textOf(read.bytes);
    let body: unknown = text === '' ? undefined : text;
    if (text !== '' && isJson(req.headers['content-type'])) {
      try {
        body = JSON.parse(text);
      } catch {
        // Sent on as it came: the backend's answer to a malformed body is part of the contract.
      }
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, [value].flat().join(', ')]));
    const request: IHttpRequest = {
      method: (req.method ?? 'GET').toLowerCase() as IHttpRequest['method'],
      url: { path: url.pathname.slice(spec.basePath.length), query: parseQuery(url.search) },
      headers,
      body,
    };
    const result = await prism.request(request, operations, config)();
    if (result._tag === 'Left') {
      const error = result.left as Error & { detail?: string };
      log(redact(`${line} → no answer from ${upstream.origin}: ${error.detail || error.message}`));
      return proxyError(res, 502, `The backend at ${upstream.origin} did not answer: ${error.detail || error.message}`);
    }
    const { output, validations } = result.right;
    const violations = [
      // Prism's one warning: no operation matched, and the request went to the backend all the same.
      ...validations.input.map((v) =>
        v.severity === errorSeverity ? describe('request', v) : `request: no operation of the spec matches ${line}`,
      ),
      ...validations.output.filter((v) => v.severity === errorSeverity).map((v) => describe('response', v)),
    ].map(redact);
    const outHeaders = Object.fromEntries(Object.entries(output.headers ?? {}).filter(([name]) => !droppedHeaders.has(name.toLowerCase())));
    if (violations.length > 0) {
      outHeaders[violationsHeader] = headerValue(violations);
      log(
        [
          `${redact(line)} → ${output.statusCode}: ${violations.length} violation${violations.length === 1 ? '' : 's'}`,
          ...violations.map((v) => `  ${v}`),
        ].join('\n'),
      );
    }
    const outBody = output.body === undefined ? '' : typeof output.body === 'string' ? output.body : JSON.stringify(output.body);
    answer(res, output.statusCode, outHeaders, outBody);
  };

  const server = createServer({ requestTimeout: 60_000, headersTimeout: 10_000 }, (req, res) => {
    handle(req, res).catch((error: Error) => {
      log(redact(`${req.method} ${req.url}: the proxy failed: ${error.message}`));
      if (!res.headersSent) proxyError(res, 500, 'The proxy failed on this request; its log says why.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${spec.basePath}`,
    port,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
