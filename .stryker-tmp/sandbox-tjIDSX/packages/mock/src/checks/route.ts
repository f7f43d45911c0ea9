/** Finds the operation a request is for: 404 outside the base path or the spec's paths, 405 for a method the path lacks. */
// @ts-nocheck

import type { Reply } from '../reply.ts';
import type { OperationContext, RequestContext } from './context.ts';
import { preflight } from './preflight.ts';

export function route(context: RequestContext): Reply | OperationContext {
  const { spec, method, fullPath, refuse } = context;
  const base = spec.basePath;
  const noRoute = { reason: 'route_not_found' };
  if (!fullPath.startsWith(`${base}/`))
    return refuse(noRoute, `No route ${method} ${fullPath}: every path of the API starts with ${base}/.`);
  const path = fullPath.slice(base.length);
  const match = spec.router.match(method, path);
  if (!match) return refuse(noRoute, `No route ${method} ${fullPath}: the API reference lists every path.`);
  if ('allow' in match) {
    const allow = match.allow.join(', ');
    return (
      preflight(context, allow) ??
      refuse({ reason: 'method_not_allowed' }, `${method} is not allowed on ${fullPath}; it answers ${allow}.`, { Allow: allow })
    );
  }
  return { ...context, operation: match.value, path, pathParams: match.params };
}
