// @ts-nocheck
import type { Reply } from '../reply.ts';
import type { RequestContext } from './context.ts';

/**
 * A browser's CORS preflight (OPTIONS with Origin and Access-Control-Request-Method) for a path that
 * answers `allow`: the headers the page asks to send are allowed as asked, but for a name holding a
 * credential (which is never echoed). `undefined` for any other request.
 */
export function preflight({ req, method, redact }: RequestContext, allow: string): Reply | undefined {
  if (method !== 'OPTIONS' || req.headers.origin === undefined || req.headers['access-control-request-method'] === undefined) {
    return undefined;
  }
  const asked = (req.headers['access-control-request-headers'] ?? '').split(',').map((name) => name.trim());
  const allowedHeaders = asked.filter((name) => name && redact(name) === name).join(', ');
  return {
    status: 204,
    headers: {
      'Access-Control-Allow-Methods': allow,
      'Access-Control-Allow-Headers': allowedHeaders || '*',
      'Access-Control-Max-Age': '600',
    },
  };
}
