/**
 * A deprecated operation answers, like the real API, with `Deprecation: true` and `Sunset` (RFC 8594,
 * the HTTP date of its `x-sunset`) on every response, so a frontend sees it in the network panel and
 * @cantila/client warns about it.
 */
// @ts-nocheck

import type { Operation } from '@cantila/spec-model';
import type { Reply } from './reply.ts';

export function deprecationHeaders(operation: Operation): Record<string, string> {
  if (!operation.deprecated) return {};
  const sunset = new Date(`${String(operation.raw['x-sunset'])}T00:00:00Z`);
  return { Deprecation: 'true', ...(Number.isNaN(sunset.getTime()) ? {} : { Sunset: sunset.toUTCString() }) };
}

/** `reply` with the operation's deprecation headers, if it has any, in place of Prism's own `deprecation: true`. */
export function withDeprecationHeaders(reply: Reply, headers: Record<string, string>): Reply {
  if (Object.keys(headers).length === 0) return reply;
  const ours = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const others = Object.entries(reply.headers ?? {}).filter(([name]) => !ours.has(name.toLowerCase()));
  return { ...reply, headers: { ...Object.fromEntries(others), ...headers } };
}
