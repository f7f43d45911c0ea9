/**
 * A request as the policy layer reads it, whatever carried it: node:http (./node-http.ts) or a fetch
 * `Request` under MSW (./msw.ts). The checks, the store and Prism see only this, so the server and the
 * MSW handlers answer alike.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** The largest body the mock reads, in bytes. */
export const maxBodyBytes = 1024 * 1024;

/** A body read whole, or `tooLarge` as soon as it is known to exceed `maxBodyBytes` (the rest is left unread). */
export type BodyRead = { bytes: Uint8Array } | { tooLarge: true };

export interface MockRequest {
  /** Upper-cased. */
  method: string;
  /** The request target: the path and the query as sent (`/v1/projects?limit=2`). */
  url: string;
  /** `1.1`, `1.0` or `2.0`; HTTP/1.1 requires a Host header. */
  httpVersion: string;
  /** Each header by lower-cased name, repeated ones joined as node:http joins them. */
  headers: IncomingHttpHeaders;
  /** Every value sent for each header, by lower-cased name: a header sent twice has two. */
  headersDistinct: Readonly<Record<string, string[] | undefined>>;
  /** The client's address, whom the rate limit counts an unauthenticated request against. */
  remoteAddress: string | undefined;
  /** Whether it came over TLS (https to the mock itself). */
  tls: boolean;
  /** Reads the body, once. */
  readBody(): Promise<BodyRead>;
  /** Whether the client has gone away: a failure while answering it is then no failure of the mock. */
  gone(): boolean;
}

/** The policy layer's answer, ready to send: header values are strings, the body is text. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: string | undefined;
}

const utf8 = new TextDecoder();

/** A body's bytes as text (invalid UTF-8 becomes U+FFFD, as with Node's Buffer). */
export const textOf = (bytes: Uint8Array): string => utf8.decode(bytes);

/** The query's parameters, a repeated one as an array of its values. */
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
