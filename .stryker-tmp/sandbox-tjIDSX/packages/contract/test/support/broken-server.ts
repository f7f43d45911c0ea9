/**
 * A deliberately wrong server for the contract's own tests: node:http on loopback in front of the mock,
 * passing every request through but planting one fault per listed operation — the ways a real backend
 * drifts from the spec. It logs each request it receives (method and path) so tests can see what the run did.
 */
// @ts-nocheck

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** One planted fault: the operation it breaks, what is wrong, and how the answer (or the request) is bent. */
export interface Fault {
  operation: string;
  fault: string;
  /** The check of `pnpm contract` that must catch it, and what its detail must say; none for a server's right (a 429). */
  caughtBy?: { check: string; detail: RegExp };
  /** Changes the request before it reaches the mock. */
  request?: (headers: Headers) => void;
  /** Changes the mock's answer; `request` holds the request's headers. */
  answer?: (answer: Answer, request: Headers) => Answer;
}

const adminKey = 'Bearer sk_test_admin_fixture';
const json = (answer: Answer, change: (body: Record<string, unknown>) => unknown): Answer =>
  answer.status === 200 ? { ...answer, body: JSON.stringify(change(JSON.parse(answer.body))) } : answer;

export const plantedFaults: readonly Fault[] = [
  {
    operation: 'GET /projects',
    fault: 'a list in {items} instead of {data, next_cursor}',
    caughtBy: { check: 'answers 200', detail: /must have required property 'data'/ },
    answer: (answer) => json(answer, (body) => ({ items: body.data })),
  },
  {
    operation: 'GET /me',
    fault: 'a required field (account) missing',
    caughtBy: { check: 'answers 200', detail: /must have required property 'account'/ },
    answer: (answer) => json(answer, ({ account: _, ...rest }) => rest),
  },
  {
    operation: 'GET /regions',
    fault: 'no X-Request-Id',
    caughtBy: { check: 'answers 200', detail: /header X-Request-Id is missing/ },
    answer: (answer) => {
      answer.headers.delete('x-request-id');
      return answer;
    },
  },
  {
    operation: 'GET /capacity',
    fault: 'an HTML 500, echoing the credential as a debug page would',
    caughtBy: { check: 'answers 200', detail: /answered 500, expected 200.*not JSON \(Content-Type text\/html\)/ },
    answer: (answer, request) => ({
      status: 500,
      headers: new Headers({ 'content-type': 'text/html', 'x-request-id': answer.headers.get('x-request-id') ?? '' }),
      body: `<pre>${request.get('authorization')}</pre><h1>Internal Server Error</h1>`,
    }),
  },
  {
    operation: 'GET /account',
    fault: '200 without a credential (401 is due)',
    caughtBy: { check: 'no credential → 401', detail: /answered 200, expected 401/ },
    request: (headers) => {
      if (!headers.has('authorization')) headers.set('authorization', adminKey);
    },
  },
  {
    operation: 'GET /keys',
    fault: 'scopes not enforced: a deploy key reads the admin-only keys',
    caughtBy: { check: 'deploy key → 403', detail: /answered 200, expected 403/ },
    request: (headers) => {
      if (headers.get('authorization')?.startsWith('Bearer sk_test_deploy_')) headers.set('authorization', adminKey);
    },
  },
  {
    operation: 'POST /projects/{project}/restart',
    fault: 'a write refused with a 404 whose reason the spec does not list for it',
    caughtBy: { check: 'answers 202', detail: /answered 404, expected 202/ },
    // The mock refuses the run's restart with its documented 409 (no live deploy); this server says 404, for a reason of another resource.
    answer: (answer) =>
      answer.status === 409
        ? {
            status: 404,
            headers: new Headers({ 'content-type': 'application/json', 'x-request-id': answer.headers.get('x-request-id') ?? '' }),
            body: JSON.stringify({
              error: 'not_found',
              reason: 'invoice_not_found',
              message: 'No such invoice.',
              request_id: answer.headers.get('x-request-id'),
            }),
          }
        : answer,
  },
  {
    operation: 'GET /incidents',
    fault: 'a 401 whose error code is the 403 one',
    caughtBy: { check: 'no credential → 401', detail: /error code "forbidden" is not the one for 401 \(unauthenticated\)/ },
    answer: (answer) =>
      answer.status === 401 ? { ...answer, body: JSON.stringify({ ...JSON.parse(answer.body), error: 'forbidden' }) } : answer,
  },
];

async function bodyOf(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

export interface BrokenServer {
  /** The base URL, ending in `/v1`. */
  url: string;
  /** `POST /v1/projects`, one entry per request received. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the broken server in front of the API at `upstream` (the mock's base URL, ending in `/v1`), with `faults` planted. */
export async function startBrokenServer(upstream: string, faults: readonly Fault[] = plantedFaults): Promise<BrokenServer> {
  const origin = new URL(upstream).origin;
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const path = request.url ?? '/';
    requests.push(`${request.method} ${path}`);
    const key = `${request.method} ${new URL(path, origin).pathname.replace(/^\/v1/, '')}`;
    const fault = faults.find((f) => new RegExp(`^${f.operation.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(key));
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string' && name !== 'host') headers.set(name, value);
    fault?.request?.(headers);
    const body = await bodyOf(request);
    const upstreamAnswer = await fetch(`${origin}${path}`, {
      method: request.method,
      headers,
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
    const received: Answer = {
      status: upstreamAnswer.status,
      headers: new Headers(upstreamAnswer.headers),
      body: await upstreamAnswer.text(),
    };
    const answer = fault?.answer ? fault.answer(received, headers) : received;
    answer.headers.delete('content-length');
    answer.headers.delete('content-encoding');
    answer.headers.delete('transfer-encoding');
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
