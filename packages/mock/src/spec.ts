/**
 * Compiles what the policy layer checks on every request from the spec model (@cantila/spec-model, the
 * one reader of the spec): the routes, each operation's scope and the credentials it accepts, and the
 * conventions (act-as, scopes, error codes, session cookie, base path, rate limit, sub-accounts).
 * Fixed conventions of the product, not in the spec in a form a program can read, are the constants
 * below: which operation is the whoami, which list holds the users a session signs in as; the key
 * prefixes are in credentials.ts.
 */
import { bundledSpecPath, loadSpecModel, type Operation, type SpecModel, subAccountsOperation } from '@cantila/spec-model';
import { deprecationHeaders } from './deprecation.ts';
import { type LocationOf, locationsOf } from './location.ts';
import { parameterRule, type ParameterRule } from './parameters.ts';
import { compileRouter, type Router } from './router.ts';

/** The bundled spec every component of the monorepo reads. */
export const defaultSpecPath = bundledSpecPath;

/** The path whose `GET` 200 example lists the sub-accounts a caller may act as (the `ActAs` parameter's description says so). */
export const subAccountsPath = subAccountsOperation.slice('GET '.length);

/** The whoami operation: the mock makes its answer reflect the credential, as its description in the spec says the API does. */
export const whoami = 'GET /me';

/** The team's members, whose role is the scope of their Console session (its description says so): whom the development sign-in signs in. */
export const teamMembersPath = '/team/members';

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
  /** Whether that body is an object (so a JSON `null` is not one). */
  bodyIsObject: boolean;
  /** Its responses in the spec's order. */
  responses: readonly DocumentedResponse[];
  /** Its header and query parameters but the act-as header (which the layer checks before the scope). */
  parameters: readonly ParameterRule[];
  /** `Deprecation` and `Sunset` when the operation is deprecated, sent on each of its responses; empty otherwise. */
  deprecationHeaders: Readonly<Record<string, string>>;
  /** For each 201 or 202 that links to the operation reading what it created: how to build its `Location`. */
  locations: ReadonlyMap<string, LocationOf>;
}

/** The spec, compiled for the policy layer. */
export interface MockSpec {
  /** The spec it was compiled from, read once (the stateful store reads its resources from it too). */
  model: SpecModel;
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
  /** `ErrorCode` for each status (its `x-cantila-status`). */
  errorCodes: ReadonlyMap<number, string>;
  /** The statuses the API sends (those of `ErrorCode`): what an operation's `default` response stands for. */
  errorStatuses: ReadonlySet<number>;
  /** The status of each `ErrorReason`: that of its code (`x-cantila-code`). */
  reasonStatuses: ReadonlyMap<string, number>;
  /** Requests per window, the `RateLimit-Limit` header's example. */
  rateLimit: number;
}

/** The policy layer's view of one operation of the model. */
function compileOperation(model: SpecModel, operation: Operation): OperationPolicy {
  const actAsHeader = model.conventions.actAs.header;
  return {
    key: operation.key,
    method: operation.method.toUpperCase(),
    scope: operation.scope,
    acceptsKey: operation.credentials.key,
    acceptsSession: operation.credentials.session,
    takesActAs: operation.takesActAs,
    takesBody: operation.raw.requestBody !== undefined,
    bodyIsObject: operation.requestBody?.schema.type === 'object',
    responses: operation.responses.map((r) => ({ status: r.status, examples: r.body ? r.body.examples.map((e) => e.name) : null })),
    parameters: operation.parameters
      .filter((p) => (p.in === 'query' || p.in === 'header') && p.name.toLowerCase() !== actAsHeader.toLowerCase())
      .map((p) => parameterRule(p.name, p.in as 'header' | 'query', p.schema)),
    deprecationHeaders: deprecationHeaders(operation),
    locations: locationsOf(model.document, operation, model.operations, model.conventions.basePath),
  };
}

/** Reads and compiles the bundled spec at `path`. Throws with what is missing when the spec lacks a piece the mock needs. */
export function loadMockSpec(path: string = defaultSpecPath): MockSpec {
  const model = loadSpecModel(path);
  const { actAs, scopes, sessionCookie, basePath, errorStatuses, errorReasons, rateLimit, subAccountHandles } = model.conventions;
  const operations: OperationPolicy[] = [];
  const routes: { path: string; method: string; value: OperationPolicy }[] = [];
  for (const operation of model.operations) {
    const policy = compileOperation(model, operation);
    operations.push(policy);
    routes.push({ path: operation.path, method: policy.method, value: policy });
    // HTTP's HEAD is GET without the body (RFC 9110 §9.3.2): curl -I and uptime monitors send it.
    if (operation.method === 'get' && !model.operation(`HEAD ${operation.path}`)) {
      routes.push({ path: operation.path, method: 'HEAD', value: policy });
    }
  }
  return {
    model,
    router: compileRouter(routes),
    operations,
    scopes,
    sessionCookie,
    basePath,
    actAsHeader: actAs.header,
    handleProblem: actAs.problem,
    actAsHandles: new Set(subAccountHandles),
    errorCodes: new Map([...errorStatuses].map(([code, status]) => [status, code])),
    errorStatuses: new Set(errorStatuses.values()),
    reasonStatuses: new Map([...errorReasons].map(([reason, code]) => [reason, errorStatuses.get(code)!])),
    rateLimit,
  };
}
