// @ts-nocheck
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { type CantilaClient, type ClientOptions, createClient } from '../src/index.ts';

/** A request as the test server received it. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the server answers one request. */
export type Reply = (res: ServerResponse, req: Received) => void;

/** A real HTTP server on 127.0.0.1 that answers with `replies` in order (the last one repeats) and records every request. */
export interface TestServer {
  /** The base URL the client should use, ending in `/v1`. */
  baseUrl: string;
  origin: string;
  received: Received[];
  close(): Promise<void>;
}

export function startServer(...replies: Reply[]): Promise<TestServer> {
  return startServerWith({}, ...replies);
}

/** Like `startServer`; with `cors`, answers preflights itself (unrecorded) and lets that origin read responses and send cookies. */
export async function startServerWith(options: { cors?: string }, ...replies: Reply[]): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    if (options.cors) {
      res.setHeader('Access-Control-Allow-Origin', options.cors);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '',
        });
        res.end();
        return;
      }
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: Received = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      const reply = replies[Math.min(received.length, replies.length) - 1];
      if (!reply) throw new Error('startServer needs at least one reply');
      reply(res, request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${origin}/v1`,
    origin,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a JSON body (and an `X-Request-Id` unless `headers` sets one to `null`). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return (res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': `req_${status}`, ...headers });
    res.end(JSON.stringify(body));
  };
}

/** Answers with a raw body, exactly as given. */
export function raw(status: number, body: string, headers: Record<string, string> = {}): Reply {
  return (res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

/** A Cantila error body with the status's code. */
export function apiError(
  status: number,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Reply {
  return json(status, { error, message, request_id: `req_${status}`, ...extra }, headers);
}

/** Drops the connection without answering. */
export const reset: Reply = (res) => {
  res.socket?.destroy();
};

/** Sends nothing at all, holding the connection open. */
export const stall: Reply = () => {};

/** Sends the status line and headers, then stalls before the body. */
export const stallBody: Reply = (res) => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
  res.write('{"status":');
};

/**
 * For a test file: `serve(options, ...replies)` starts a server answering with `replies` and a client
 * of it with `defaults` and `options` (retry delays of a few ms); each test's server is closed after it.
 */
export function serving(
  defaults: ClientOptions,
): (options: ClientOptions, ...replies: Reply[]) => Promise<{ client: CantilaClient; server: TestServer }> {
  let current: TestServer | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options, ...replies) => {
    const server = await startServer(...replies);
    current = server;
    const client = createClient({ baseUrl: server.baseUrl, retryDelay: { initialDelay: 1, maxDelay: 5 }, ...defaults, ...options });
    return { client, server };
  };
}
