/**
 * The `Location` of a 201 or 202, from the response's OpenAPI link to the operation that reads what it
 * created (every such response has one: lint rule cantila-created-location): the target's path with
 * each parameter the link names taken from the request's path (`$request.path.project`) or the
 * response body (`$response.body#/id`). Prism would send the header's one example for every request.
 */
// @ts-nocheck

import { isObject, type Json, type Operation, resolveRef, valueAt } from '@cantila/spec-model';

/** Builds the Location for one answer; `undefined` when a parameter has no value in it. */
export type LocationOf = (pathParams: Record<string, string>, body: unknown) => string | undefined;

function runtimeValue(expression: unknown, pathParams: Record<string, string>, body: unknown): string | undefined {
  if (typeof expression !== 'string') return undefined;
  if (expression.startsWith('$request.path.')) return pathParams[expression.slice('$request.path.'.length)];
  if (!expression.startsWith('$response.body#')) return undefined;
  const value = valueAt(body, expression.slice('$response.body'.length));
  return typeof value === 'string' ? encodeURIComponent(value) : undefined;
}

/** Each status of `operation` whose response links to an operation of `operations`, and how to build its Location. */
export function locationsOf(
  document: Json,
  operation: Operation,
  operations: readonly Operation[],
  basePath: string,
): Map<string, LocationOf> {
  const found = new Map<string, LocationOf>();
  for (const [status, raw] of Object.entries<unknown>((operation.raw.responses ?? {}) as Json)) {
    if (status !== '201' && status !== '202') continue;
    const links = resolveRef(document, raw).links;
    const link = isObject(links) ? resolveRef(document, Object.values(links)[0]) : undefined;
    const target = operations.find((op) => op.operationId === link?.operationId);
    if (!link || !target) continue;
    const parameters = isObject(link.parameters) ? link.parameters : {};
    found.set(status, (pathParams, body) => {
      let missing = false;
      const path = target.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const value = runtimeValue(parameters[name], pathParams, body);
        if (value === undefined) missing = true;
        return value ?? '';
      });
      return missing ? undefined : `${basePath}${path}`;
    });
  }
  return found;
}
