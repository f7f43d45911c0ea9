import { scopes } from '../generated/conventions.ts';
import { operations } from '../generated/operations.ts';
import type { components } from '../generated/schema.ts';

/** An operation, as `METHOD /path` exactly as the spec writes it: `'POST /projects/{project}/deploys'`. */
export type OperationKey = keyof typeof operations;
/** A credential's scope (the spec's `Scope`). Scopes nest: `read` ⊂ `deploy` ⊂ `admin`. */
export type Scope = components['schemas']['Scope'];
/** The scope operation `K` requires (`null` for public operations), as a literal type. */
export type RequiredScope<K extends OperationKey> = (typeof operations)[K]['scope'];

/**
 * The scope an API key needs for an operation, read from the spec's security requirements:
 * `requiredScope('POST /projects')` → `'admin'`; `null` for the public `GET /health`.
 */
export function requiredScope<K extends OperationKey>(operation: K): RequiredScope<K> {
  const entry = operations[operation] as (typeof operations)[K] | undefined;
  if (!entry)
    throw new TypeError(
      `requiredScope: unknown operation '${operation}'; write 'METHOD /path' as the spec does, e.g. 'GET /projects/{project}'.`,
    );
  return entry.scope;
}

/** Whether a credential with scope `granted` may call `operation` (scopes nest: `admin` may do anything `deploy` may). */
export function canCall(granted: Scope, operation: OperationKey): boolean {
  const needed = requiredScope(operation);
  return needed === null || scopes.indexOf(granted) >= scopes.indexOf(needed);
}
