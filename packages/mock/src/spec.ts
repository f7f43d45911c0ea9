/**
 * Reads the bundled spec once and compiles what the policy layer checks on every request. Read from
 * the spec: the routes and each operation's scope (its security requirement), the credentials each
 * accepts and the session cookie's name (the security schemes), the scope order (the `Scope` enum),
 * the act-as header's name and rule (the `ActAs` parameter), the base path (`servers[0].url`), the
 * error codes (the `ErrorCode` table), each response's examples, and the rate limit (the
 * `RateLimit-Limit` header's example). Fixed conventions of the product, not in the spec in a form a
 * program can read, are the constants below: which operation lists the handles one may act as, and
 * which one is the whoami; the key prefixes are in credentials.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parameterRule, type ParameterRule } from './parameters.ts';
import { compileRouter, type Router } from './router.ts';

/** The bundled spec every component of the monorepo reads. */
export const defaultSpecPath = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));

/** The path whose `GET` 200 example lists the sub-accounts a caller may act as (the `ActAs` parameter's description says so). */
export const subAccountsPath = '/sub-accounts';

/** The whoami operation: the mock makes its answer reflect the credential, as its description in the spec says the API does. */
export const whoami = 'GET /me';

const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

type Json = Record<string, unknown>;

/** A documented response of an operation, as `Prefer` picks it. */
export interface DocumentedResponse {
  /** As the spec writes it: `200`, `4XX` or `default`. */
  status: string;
  /** The example names `Prefer: example=` may pick (`default` is a lone `example`); `null` when the response has no body. */
  examples: readonly string[] | null;
}

/** What the policy layer knows of one operation. */
export interface OperationPolicy {
  /** `GET /projects/{project}`: the method upper-cased and the path as the spec writes it. */
  key: string;
  /** The method, upper-cased. */
  method: string;
  /** The scope the security requirement names; `null` for a public operation. */
  scope: string | null;
  /** Whether an API key (`Authorization: Bearer sk_…`) satisfies the security requirement. */
  acceptsKey: boolean;
  /** Whether the session cookie satisfies the security requirement. */
  acceptsSession: boolean;
  /** Whether the operation takes the act-as header. */
  takesActAs: boolean;
  /** Whether the operation declares a request body. */
  takesBody: boolean;
  /** Its responses in the spec's order. */
  responses: readonly DocumentedResponse[];
  /** Its header and query parameters but the act-as header (which the layer checks before the scope). */
  parameters: readonly ParameterRule[];
}

/** The spec, compiled for the policy layer. */
export interface MockSpec {
  router: Router<OperationPolicy>;
  operations: readonly OperationPolicy[];
  /** The scopes in the order they nest (the `Scope` schema's enum: read ⊂ deploy ⊂ admin). */
  scopes: readonly string[];
  /** Name of the session cookie (`cantila_session`). */
  sessionCookie: string;
  /** The path every route is served under (`/v1`), from `servers[0].url`; `''` for none. */
  basePath: string;
  /** The act-as header's name (`X-Cantila-Act-As`), the `ActAs` parameter's. */
  actAsHeader: string;
  /** Why a handle breaks the act-as header's schema (pattern, length); `undefined` when it is well formed. */
  handleProblem: (handle: string) => string | undefined;
  /** Sub-account handles the caller may act as: those of the `GET /sub-accounts` example. */
  actAsHandles: ReadonlySet<string>;
  /** `ErrorCode` for each status, from the table in the `ErrorCode` schema's description. */
  errorCodes: ReadonlyMap<number, string>;
  /** Requests per window, the `RateLimit-Limit` header's example. */
  rateLimit: number;
}

/** Follows local `#/…` references until a value that is not a reference. */
export function deref(spec: Json, value: unknown): Json {
  let current = value as Json;
  while (current && typeof current.$ref === 'string') {
    const ref = current.$ref;
    const parts = ref
      .replace(/^#\//, '')
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = parts.reduce<unknown>((node, part) => (node as Json | undefined)?.[part], spec) as Json;
    if (current === undefined) throw new Error(`the spec's reference ${ref} points nowhere`);
  }
  return current;
}

function schemeKinds(spec: Json): { bearer: Set<string>; session: Set<string>; cookie: string } {
  const schemes = ((spec.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const bearer = new Set<string>();
  const session = new Set<string>();
  let cookie: string | undefined;
  for (const [name, scheme] of Object.entries(schemes)) {
    if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') bearer.add(name);
    if (scheme.type === 'apiKey' && scheme.in === 'cookie') {
      session.add(name);
      cookie = String(scheme.name);
    }
  }
  if (!cookie || bearer.size === 0) {
    throw new Error('the spec needs an http bearer security scheme and an apiKey scheme in a cookie (components.securitySchemes)');
  }
  return { bearer, session, cookie };
}

/** The responses of `operation` with the example names Prism knows them by, in the body Prism answers when the request negotiates none. */
function documentedResponses(spec: Json, operation: Json): DocumentedResponse[] {
  return Object.entries((operation.responses ?? {}) as Json).map(([status, response]) => {
    const content = (deref(spec, response).content ?? {}) as Record<string, Json>;
    const media = content['*/*'] ?? content['application/json'] ?? Object.values(content)[0];
    if (!media) return { status, examples: null };
    const schema = media.schema === undefined ? undefined : deref(spec, media.schema);
    const lone = 'example' in media || Array.isArray(schema?.examples);
    return { status, examples: [...(lone ? ['default'] : []), ...Object.keys((media.examples ?? {}) as Json)] };
  });
}

function compileOperation(
  spec: Json,
  path: string,
  pathItem: Json,
  method: string,
  kinds: ReturnType<typeof schemeKinds>,
  actAsHeader: string,
): OperationPolicy {
  const operation = pathItem[method] as Json;
  const key = `${method.toUpperCase()} ${path}`;
  const requirements = (operation.security ?? spec.security ?? []) as Record<string, string[]>[];
  const names = requirements.flatMap((requirement) => Object.keys(requirement));
  const scopes = new Set(requirements.flatMap((requirement) => Object.values(requirement).flat()));
  if (requirements.length > 0 && scopes.size !== 1) {
    throw new Error(`${key}: its security requirements must name exactly one scope, found ${[...scopes].join(', ') || 'none'}`);
  }
  const parameters = [...((pathItem.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])].map((p) =>
    deref(spec, p),
  );
  return {
    key,
    method: method.toUpperCase(),
    scope: requirements.length === 0 ? null : [...scopes][0]!,
    acceptsKey: names.some((name) => kinds.bearer.has(name)),
    acceptsSession: names.some((name) => kinds.session.has(name)),
    takesActAs: parameters.some((p) => p.in === 'header' && String(p.name).toLowerCase() === actAsHeader.toLowerCase()),
    takesBody: operation.requestBody !== undefined,
    responses: documentedResponses(spec, operation),
    parameters: parameters
      .filter((p) => (p.in === 'query' || p.in === 'header') && String(p.name).toLowerCase() !== actAsHeader.toLowerCase())
      .map((p) => parameterRule(String(p.name), p.in as 'header' | 'query', deref(spec, p.schema ?? {}))),
  };
}

/** The `ActAs` parameter component: the act-as header's name and why a handle breaks its schema (pattern, length). */
function actAsParameter(spec: Json): { header: string; handleProblem: (handle: string) => string | undefined } {
  const parameter = ((spec.components as Json | undefined)?.parameters as Record<string, Json> | undefined)?.ActAs;
  if (parameter?.in !== 'header' || typeof parameter.name !== 'string') {
    throw new Error('the spec needs the act-as header as a header parameter component named ActAs (components.parameters.ActAs)');
  }
  const schema = deref(spec, parameter.schema ?? {});
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  return {
    header: parameter.name,
    handleProblem: (handle) => {
      if (handle.length > maxLength) return `must be at most ${maxLength} characters`;
      if (pattern && !pattern.test(handle)) return `must match pattern "${pattern.source}"`;
      return undefined;
    },
  };
}

/** The path of `servers[0].url` without its trailing slash (`https://api.cantila.app/v1` → `/v1`). */
function basePathOf(spec: Json): string {
  const url = ((spec.servers ?? []) as Json[])[0]?.url;
  return typeof url === 'string' ? new URL(url, 'http://server.invalid').pathname.replace(/\/+$/, '') : '';
}

/** Every `data[].handle` of the examples of `GET /sub-accounts`'s 200 response (none while it is not in the spec). */
function subAccountHandles(spec: Json): Set<string> {
  const operation = ((spec.paths as Json | undefined)?.[subAccountsPath] as Json | undefined)?.get as Json | undefined;
  const response = operation && deref(spec, (operation.responses as Json | undefined)?.['200']);
  const media = ((response?.content ?? {}) as Record<string, Json>)['application/json'];
  if (!media) return new Set();
  const examples = [media.example, ...Object.values((media.examples ?? {}) as Record<string, unknown>).map((e) => deref(spec, e).value)];
  const handles = examples.flatMap((example) => {
    const data = (example as Json | undefined)?.data;
    return Array.isArray(data) ? data.map((item: Json) => item?.handle).filter((h): h is string => typeof h === 'string') : [];
  });
  return new Set(handles);
}

/** Reads `| \`code\` | status |` rows of the `ErrorCode` description, checking that every enum value has one. */
function errorCodesByStatus(spec: Json): Map<number, string> {
  const schema = ((spec.components as Json | undefined)?.schemas as Record<string, Json> | undefined)?.ErrorCode;
  if (!schema) throw new Error('the spec has no ErrorCode schema (components.schemas.ErrorCode)');
  const codes = new Map<number, string>();
  for (const [, code, status] of String(schema.description ?? '').matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|/gm)) {
    codes.set(Number(status), code!);
  }
  const unmapped = ((schema.enum ?? []) as string[]).filter((code) => ![...codes.values()].includes(code));
  if (unmapped.length > 0) {
    throw new Error(`ErrorCode's description must map each code to its status in a table row; missing: ${unmapped.join(', ')}`);
  }
  return codes;
}

/** Reads and compiles the bundled spec at `path`. Throws with what is missing when the spec lacks a piece the mock needs. */
export function loadMockSpec(path: string = defaultSpecPath): MockSpec {
  let spec: Json;
  try {
    spec = JSON.parse(readFileSync(path, 'utf8')) as Json;
  } catch (error) {
    throw new Error(`cannot read the bundled spec ${path} (JSON, from \`pnpm bundle\`): ${(error as Error).message}`);
  }
  const kinds = schemeKinds(spec);
  const actAs = actAsParameter(spec);
  const operations: OperationPolicy[] = [];
  const routes: { path: string; method: string; value: OperationPolicy }[] = [];
  for (const [path, pathItem] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of methods) {
      if (!pathItem[method]) continue;
      const operation = compileOperation(spec, path, pathItem, method, kinds, actAs.header);
      operations.push(operation);
      routes.push({ path, method: operation.method, value: operation });
      // HTTP's HEAD is GET without the body (RFC 9110 §9.3.2): curl -I and uptime monitors send it.
      if (method === 'get' && !pathItem.head) routes.push({ path, method: 'HEAD', value: operation });
    }
  }
  const components = (spec.components ?? {}) as Json;
  const scopes = (((components.schemas as Record<string, Json> | undefined)?.Scope?.enum ?? []) as string[]).slice();
  const unknownScope = operations.find((op) => op.scope !== null && !scopes.includes(op.scope));
  if (unknownScope)
    throw new Error(`${unknownScope.key}: scope ${unknownScope.scope} is not in the Scope schema's enum (${scopes.join(', ')})`);
  const rateLimit = (components.headers as Record<string, Json> | undefined)?.['RateLimit-Limit']?.example;
  if (typeof rateLimit !== 'number')
    throw new Error("the spec's RateLimit-Limit header (components.headers) needs a number as its example: the quota the mock reports");
  return {
    router: compileRouter(routes),
    operations,
    scopes,
    sessionCookie: kinds.cookie,
    basePath: basePathOf(spec),
    actAsHeader: actAs.header,
    handleProblem: actAs.handleProblem,
    actAsHandles: subAccountHandles(spec),
    errorCodes: errorCodesByStatus(spec),
    rateLimit,
  };
}
