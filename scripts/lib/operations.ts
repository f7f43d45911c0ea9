/** Reads the bundled spec's operations: the one place scripts and tests enumerate them from. */
import { readFileSync } from 'node:fs';
import { bundledJson } from './paths.ts';

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];
export type Scope = 'read' | 'deploy' | 'admin';

export interface Operation {
  /** `GET /projects/{project}`: method upper-cased, path as in the spec (without the `/v1` base). */
  key: string;
  method: HttpMethod;
  path: string;
  operationId: string;
  /** The one scope the security requirement names, or `null` for a public operation. */
  scope: Scope | null;
  acceptsIdempotencyKey: boolean;
  // The raw operation object, with `$ref`s still in place.
  spec: Record<string, any>;
}

export type Spec = Record<string, any>;

export function loadBundledSpec(path = bundledJson): Spec {
  return JSON.parse(readFileSync(path, 'utf8')) as Spec;
}

/** Follows a local `#/components/...` reference; returns non-reference values as they are. Throws on a reference that points nowhere or in a circle. */
export function deref<T = any>(spec: Spec, value: any): T {
  let current = value;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
    if (hops === 20) throw new Error(`$ref ${value.$ref} goes round in a circle`);
    const pointer = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((p: string) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = pointer.reduce((node: any, part: string) => node?.[part], spec);
    if (current === undefined) throw new Error(`unresolved $ref ${value.$ref}`);
  }
  return current as T;
}

function scopeOf(operation: Record<string, any>, key: string): Scope | null {
  const requirements: Record<string, string[]>[] = operation.security ?? [];
  if (requirements.length === 0) return null;
  const scopes = new Set(requirements.flatMap((requirement) => Object.values(requirement).flat()));
  if (scopes.size !== 1)
    throw new Error(`${key}: expected exactly one scope in its security requirements, found ${[...scopes].join(', ') || 'none'}`);
  return [...scopes][0] as Scope;
}

/** Every operation of the spec, in the spec's order. */
export function listOperations(spec: Spec): Operation[] {
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries<Record<string, any>>(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(spec, p));
      operations.push({
        key,
        method,
        path,
        operationId: operation.operationId,
        scope: scopeOf(operation, key),
        acceptsIdempotencyKey: parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
        spec: operation,
      });
    }
  }
  return operations;
}
