/** What the custom lint functions share: naming the operation a finding is about, and reading its parts. */
// @ts-nocheck

import { resolveRef } from '@cantila/spec-model';
import { createRulesetFunction, type IFunctionResult, type RulesetFunctionContext } from '@stoplight/spectral-core';

type JsonPath = ReadonlyArray<string | number>;

export type Json = Record<string, any>;

export const publicOperations = ['GET /health'];

/** Every operation object of a document: the `given` of the rules that check one operation. */
export const operationsPath = '$.paths[*][?(@property.match(/^(get|put|post|delete|options|head|patch|trace)$/))]';

/** `GET /projects/{project}` for a JSON path that starts `paths./projects/{project}.get`. */
export function operationKey(path: JsonPath): string {
  return `${String(path[2]).toUpperCase()} ${String(path[1])}`;
}

/** `GET /projects (listProjects)`: how every finding names its operation. */
export function operationName(path: JsonPath, operation: Json): string {
  const id = typeof operation.operationId === 'string' ? ` (${operation.operationId})` : '';
  return `${operationKey(path)}${id}`;
}

/** The operation's parameters together with its path item's, `$ref`s already resolved. */
export function parametersOf(operation: Json, pathItem: Json | undefined): Json[] {
  return [...(pathItem?.parameters ?? []), ...(operation.parameters ?? [])];
}

function isAuthenticated(operation: Json): boolean {
  return Array.isArray(operation.security) && operation.security.length > 0;
}

/** Whether the operation takes a JSON body, in any JSON media type (`application/json`, `application/merge-patch+json`). */
function hasJsonBody(operation: Json): boolean {
  return Object.keys(operation.requestBody?.content ?? {}).some((type) => /^application\/([\w.-]+\+)?json$/.test(type));
}

/** Yields each response of an operation with its status code. */
export function* responsesOf(operation: Json): Generator<[status: string, response: Json]> {
  for (const [status, response] of Object.entries<Json>(operation.responses ?? {})) yield [status, response];
}

/** The whole document with `$ref`s resolved (Spectral has it, but its public type does not say so). */
export function resolvedDocument(context: RulesetFunctionContext): Json {
  return (context.documentInventory as unknown as { resolved: Json }).resolved;
}

/** The path item that the operation at `context.path` belongs to, resolved. */
export function pathItemOf(context: RulesetFunctionContext): Json | undefined {
  return resolvedDocument(context)?.paths?.[String(context.path[1])];
}

/** The operation at `context.path` as written, `$ref`s in place: for rules that check what is referenced. */
export function rawOperation(context: RulesetFunctionContext): Json {
  return context.path.reduce((node: Json, key) => node?.[key], context.document.data as Json) ?? {};
}

/** The operation's parameters as written (each a `{$ref}` or inline), with its path item's. */
export function rawParameters(context: RulesetFunctionContext): Json[] {
  const pathItem: Json | undefined = (context.document.data as Json)?.paths?.[String(context.path[1])];
  return [...(pathItem?.parameters ?? []), ...(rawOperation(context).parameters ?? [])];
}

/** Follows local `#/…` references in the document as written; `undefined` where one points nowhere (other rules report that). */
export function derefRaw(context: RulesetFunctionContext, node: Json | undefined): Json | undefined {
  try {
    return resolveRef(context.document.data, node);
  } catch {
    return undefined;
  }
}

/** `spec/components/parameters/ActAs.yaml` for `#/components/parameters/ActAs`: where the author finds a component. */
export const componentFile = (ref: string): string => `spec/${ref.slice(2)}.yaml`;

/** Which operations a rule applies to; rules name one in their options as `when`. */
export const conditions = {
  always: () => true,
  authenticated: (operation: Json) => isAuthenticated(operation),
  post: (_operation: Json, _pathItem: Json | undefined, path: JsonPath) => path[2] === 'post',
  pathParameters: (operation: Json, pathItem: Json | undefined) => parametersOf(operation, pathItem).some((p) => p.in === 'path'),
  input: (operation: Json, pathItem: Json | undefined) => hasJsonBody(operation) || parametersOf(operation, pathItem).length > 0,
  jsonBody: (operation: Json) => hasJsonBody(operation),
  idempotencyKey: (operation: Json, pathItem: Json | undefined) =>
    parametersOf(operation, pathItem).some((p) => p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key'),
} satisfies Record<string, (operation: Json, pathItem: Json | undefined, path: JsonPath) => boolean>;

export type Condition = keyof typeof conditions;

/** Describes a condition in a finding: "is authenticated", "has path parameters", … */
export const conditionText: Record<Condition, string> = {
  always: 'is an operation',
  authenticated: 'is authenticated',
  post: 'is a POST',
  pathParameters: 'has path parameters',
  input: 'takes parameters or a body',
  jsonBody: 'takes a JSON body',
  idempotencyKey: 'accepts Idempotency-Key (a reused key with another body is a 409)',
};

export const conditionSchema = { type: 'string', enum: Object.keys(conditions) } as const;

/**
 * Declares a Spectral function that checks one operation object. `options` lists the function's
 * options, all required, as JSON Schema properties (Spectral validates the ruleset against them).
 */
export function operationFunction<Options = null>(
  options: Record<string, object> | null,
  check: (operation: Json, options: Options, context: RulesetFunctionContext) => IFunctionResult[],
) {
  const optionsSchema =
    options && ({ type: 'object', additionalProperties: false, required: Object.keys(options), properties: options } as const);
  return createRulesetFunction<Json, Options>(
    { input: { type: 'object' }, options: optionsSchema as Parameters<typeof createRulesetFunction>[0]['options'] },
    check,
  );
}
