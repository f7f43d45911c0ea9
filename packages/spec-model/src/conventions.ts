/**
 * The conventions every tool applies the same way, each read from the one place the spec states it:
 * the act-as header (the `ActAs` parameter), the scopes and their nesting (the `Scope` enum's order),
 * each error code's status (`x-cantila-status` on `ErrorCode`), each error reason's code
 * (`x-cantila-code` on `ErrorReason`), the session cookie (the security
 * schemes), the base path (`servers[0].url`), the rate limit (the `RateLimit-Limit` header's example)
 * and the sub-accounts one may act as (the `GET /sub-accounts` example).
 */
import { SpecError } from './errors.ts';
import type { Operation } from './operations.ts';
import { isObject, type Json, resolveRef } from './refs.ts';

export interface ActAsConvention {
  /** The header's name as the spec writes it (`X-Cantila-Act-As`). */
  header: string;
  /** The pattern a sub-account handle matches (the `Handle` schema's), as written in the spec (without slashes). */
  pattern: string | undefined;
  /** The longest value the header takes (its schema's `maxLength`). */
  maxLength: number | undefined;
  /**
   * Why `value` breaks the header's own schema (its length, its pattern if it has one); `undefined`
   * when the header takes it. A value the header takes that is no handle of yours is a 403, not this.
   */
  problem(value: string): string | undefined;
  /** Why `value` is not a sub-account handle (the `Handle` schema's pattern and length); `undefined` when it is one. */
  handleProblem(value: string): string | undefined;
}

export interface Conventions {
  actAs: ActAsConvention;
  /** The scopes narrowest first, in the `Scope` enum's order: each one includes those before it. */
  scopes: readonly string[];
  /** Each error code (the `ErrorCode` enum) and its HTTP status (`x-cantila-status`), in the enum's order. */
  errorStatuses: ReadonlyMap<string, number>;
  /** Each error reason (the `ErrorReason` enum) and the error code it belongs to (`x-cantila-code`), in the enum's order. */
  errorReasons: ReadonlyMap<string, string>;
  /** The session cookie's name (`cantila_session`). */
  sessionCookie: string;
  /** The API's URL as `servers[0].url` writes it (`https://api.cantila.app/v1`); `''` for none. */
  serverUrl: string;
  /** The path every operation is served under (`/v1`), from `servers[0].url`; `''` for none. */
  basePath: string;
  /** Requests per window: the `RateLimit-Limit` header component's example. */
  rateLimit: number;
  /** The handles of the `GET /sub-accounts` 200 examples: the sub-accounts the example caller may act as. */
  subAccountHandles: readonly string[];
}

/** The operation whose 200 example lists the sub-accounts one may act as (the `ActAs` parameter's description says so). */
export const subAccountsOperation = 'GET /sub-accounts';

const components = (document: Json, kind: string): Record<string, unknown> =>
  ((document.components as Json | undefined)?.[kind] ?? {}) as Record<string, unknown>;

function component(document: Json, kind: string, name: string): Json {
  const value = components(document, kind)[name];
  if (value === undefined) throw new SpecError(`the spec has no ${kind} component ${name} (components.${kind}.${name})`);
  return resolveRef(document, value);
}

/** Why a string breaks `schema`'s `maxLength` or `pattern`; `undefined` when it does not. `where` names the schema. */
function schemaProblem(schema: Json, where: string): (value: string) => string | undefined {
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  const pattern = typeof schema.pattern === 'string' ? schema.pattern : undefined;
  let compiled: RegExp | undefined;
  try {
    compiled = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  } catch (error) {
    throw new SpecError(`${where}'s pattern ${JSON.stringify(pattern)} is not a regular expression: ${(error as Error).message}`);
  }
  return (value) => {
    if (maxLength !== undefined && value.length > maxLength) return `must be at most ${maxLength} characters`;
    if (compiled && !compiled.test(value)) return `must match pattern "${pattern}"`;
    return undefined;
  };
}

function actAsOf(document: Json): ActAsConvention {
  const parameter = component(document, 'parameters', 'ActAs');
  if (parameter.in !== 'header' || typeof parameter.name !== 'string') {
    throw new SpecError('components.parameters.ActAs must be a header parameter with a name');
  }
  const schema = resolveRef(document, parameter.schema ?? {});
  const ownPattern = typeof schema.pattern === 'string' ? schema.pattern : undefined;
  const handle = components(document, 'schemas').Handle;
  const handleSchema = handle === undefined ? {} : resolveRef(document, handle);
  const handlePattern = handleSchema.pattern;
  return {
    header: parameter.name,
    pattern: typeof handlePattern === 'string' ? handlePattern : ownPattern,
    maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined,
    problem: schemaProblem(schema, 'components.parameters.ActAs'),
    handleProblem: schemaProblem(handleSchema, 'components.schemas.Handle'),
  };
}

function scopesOf(document: Json, operations: readonly Operation[]): string[] {
  const scopes = component(document, 'schemas', 'Scope').enum;
  if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((s) => typeof s === 'string')) {
    throw new SpecError('components.schemas.Scope needs an enum of scope names, narrowest first');
  }
  const unknown = operations.find((op) => op.scope !== null && !scopes.includes(op.scope));
  if (unknown) throw new SpecError(`${unknown.key}: scope ${unknown.scope} is not in the Scope enum (${scopes.join(', ')})`);
  return scopes;
}

function errorStatusesOf(document: Json): Map<string, number> {
  const schema = component(document, 'schemas', 'ErrorCode');
  const codes = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
  const statuses = schema['x-cantila-status'];
  if (!isObject(statuses))
    throw new SpecError('components.schemas.ErrorCode needs x-cantila-status: a map from each code to its HTTP status');
  const missing = codes.filter((code) => !Number.isInteger(statuses[code]) || Number(statuses[code]) < 100 || Number(statuses[code]) > 599);
  if (missing.length > 0) throw new SpecError(`ErrorCode's x-cantila-status gives no HTTP status (100–599) to ${missing.join(', ')}`);
  const extra = Object.keys(statuses).filter((code) => !codes.includes(code));
  if (extra.length > 0) throw new SpecError(`ErrorCode's x-cantila-status names codes its enum lacks: ${extra.join(', ')}`);
  return new Map(codes.map((code) => [code, Number(statuses[code])]));
}

function errorReasonsOf(document: Json, errorStatuses: ReadonlyMap<string, number>): Map<string, string> {
  const reasons = components(document, 'schemas').ErrorReason;
  if (reasons === undefined) return new Map();
  const schema = resolveRef(document, reasons);
  const names = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
  const codes = schema['x-cantila-code'];
  if (!isObject(codes))
    throw new SpecError('components.schemas.ErrorReason needs x-cantila-code: a map from each reason to its error code');
  const unmapped = names.filter((reason) => !errorStatuses.has(String(codes[reason])));
  if (unmapped.length > 0) throw new SpecError(`ErrorReason's x-cantila-code gives no ErrorCode to ${unmapped.join(', ')}`);
  const extra = Object.keys(codes).filter((reason) => !names.includes(reason));
  if (extra.length > 0) throw new SpecError(`ErrorReason's x-cantila-code names reasons its enum lacks: ${extra.join(', ')}`);
  return new Map(names.map((reason) => [reason, String(codes[reason])]));
}

function sessionCookieOf(document: Json): string {
  for (const raw of Object.values(components(document, 'securitySchemes'))) {
    const scheme = resolveRef(document, raw);
    if (scheme.type === 'apiKey' && scheme.in === 'cookie' && typeof scheme.name === 'string') return scheme.name;
  }
  throw new SpecError('the spec needs the session as an apiKey security scheme in a cookie (components.securitySchemes)');
}

function serverUrlOf(document: Json): string {
  const url = ((document.servers ?? []) as Json[])[0]?.url;
  return typeof url === 'string' ? url : '';
}

function basePathOf(document: Json): string {
  const url = serverUrlOf(document);
  if (url === '') return '';
  try {
    return new URL(url, 'http://server.invalid').pathname.replace(/\/+$/, '');
  } catch {
    throw new SpecError(`servers[0].url ${JSON.stringify(url)} is not a URL`);
  }
}

function rateLimitOf(document: Json): number {
  const example = component(document, 'headers', 'RateLimit-Limit').example;
  if (typeof example !== 'number')
    throw new SpecError('components.headers.RateLimit-Limit needs a number as its example: the quota it reports');
  return example;
}

function subAccountHandlesOf(operations: readonly Operation[]): string[] {
  const list = operations.find((op) => op.key === subAccountsOperation);
  const examples = list?.responses.find((r) => r.status === '200')?.body?.examples ?? [];
  const handles = examples.flatMap(({ value }) => {
    const data = isObject(value) ? value.data : undefined;
    return Array.isArray(data) ? data.map((item) => (isObject(item) ? item.handle : undefined)) : [];
  });
  return [...new Set(handles.filter((handle): handle is string => typeof handle === 'string'))];
}

/** Reads every convention; throws a SpecError naming the first one the document does not state. */
export function readConventions(document: Json, operations: readonly Operation[]): Conventions {
  const actAs = actAsOf(document);
  const scopes = scopesOf(document, operations);
  const errorStatuses = errorStatusesOf(document);
  return {
    actAs,
    scopes,
    errorStatuses,
    errorReasons: errorReasonsOf(document, errorStatuses),
    sessionCookie: sessionCookieOf(document),
    serverUrl: serverUrlOf(document),
    basePath: basePathOf(document),
    rateLimit: rateLimitOf(document),
    subAccountHandles: subAccountHandlesOf(operations),
  };
}
