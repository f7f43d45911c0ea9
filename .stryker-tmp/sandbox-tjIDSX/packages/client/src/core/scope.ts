// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { scopes } from '../generated/conventions.ts';
import { idempotentOperations, operations } from '../generated/operations.ts';
import type { components } from '../generated/schema.ts';

/** An operation, as `METHOD /path` exactly as the spec writes it: `'POST /projects/{project}/deploys'`. */
export type OperationKey = keyof typeof operations;
/** A credential's scope (the spec's `Scope`). Scopes nest: `read` ⊂ `deploy` ⊂ `admin`. */
export type Scope = components['schemas']['Scope'];
/** The scope operation `K` requires (`null` for public operations), as a literal type. */
export type RequiredScope<K extends OperationKey> = typeof operations[K]['scope'];

/**
 * The scope an API key needs for an operation, read from the spec's security requirements:
 * `requiredScope('POST /projects')` → `'admin'`; `null` for the public `GET /health`.
 */
export function requiredScope<K extends OperationKey>(operation: K): RequiredScope<K> {
  if (stryMutAct_9fa48("634")) {
    {}
  } else {
    stryCov_9fa48("634");
    const entry = operations[operation] as typeof operations[K] | undefined;
    if (stryMutAct_9fa48("637") ? false : stryMutAct_9fa48("636") ? true : stryMutAct_9fa48("635") ? entry : (stryCov_9fa48("635", "636", "637"), !entry)) throw new TypeError(stryMutAct_9fa48("639") ? `` : (stryCov_9fa48("639"), `requiredScope: unknown operation '${operation}'; write 'METHOD /path' as the spec does, e.g. 'GET /projects/{project}'.`));
    return entry.scope;
  }
}

/** Whether a credential with scope `granted` may call `operation` (scopes nest: `admin` may do anything `deploy` may). */
export function canCall(granted: Scope, operation: OperationKey): boolean {
  if (stryMutAct_9fa48("640")) {
    {}
  } else {
    stryCov_9fa48("640");
    const needed = requiredScope(operation);
    return stryMutAct_9fa48("643") ? needed === null && scopes.indexOf(granted) >= scopes.indexOf(needed) : stryMutAct_9fa48("642") ? false : stryMutAct_9fa48("641") ? true : (stryCov_9fa48("641", "642", "643"), (stryMutAct_9fa48("645") ? needed !== null : stryMutAct_9fa48("644") ? false : (stryCov_9fa48("644", "645"), needed === null)) || (stryMutAct_9fa48("648") ? scopes.indexOf(granted) < scopes.indexOf(needed) : stryMutAct_9fa48("647") ? scopes.indexOf(granted) > scopes.indexOf(needed) : stryMutAct_9fa48("646") ? false : (stryCov_9fa48("646", "647", "648"), scopes.indexOf(granted) >= scopes.indexOf(needed))));
  }
}

/** Whether calling `operation` makes the client send an `Idempotency-Key`. */
export function takesIdempotencyKey(operation: string): boolean {
  if (stryMutAct_9fa48("649")) {
    {}
  } else {
    stryCov_9fa48("649");
    return idempotentOperations.has(operation);
  }
}