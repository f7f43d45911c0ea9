/**
 * The bundled spec as the tests see it, read independently of the mock's own compiler: the operations
 * (through scripts/lib/operations.ts, the one enumeration every script and test uses), a valid example
 * request for each, and validators for its response schemas (ajv, JSON Schema 2020-12).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { deref, listOperations, loadBundledSpec, type Operation } from '../../../../scripts/lib/operations.ts';

export type { Operation };

export const spec = loadBundledSpec();
export const operations = listOperations(spec);
/** The scopes in the order they nest (read ⊂ deploy ⊂ admin). */
export const scopes: string[] = spec.components.schemas.Scope.enum;

/** A key holding `scope` under the mock's `sk_test_<scope>_…` convention. */
export const keyFor = (scope: string): string => `sk_test_${scope}_contract`;

/** The scope just below `scope`, or `undefined` for the lowest. */
export const scopeBelow = (scope: string): string | undefined => scopes[scopes.indexOf(scope) - 1];

/** The statuses of ErrorCode's table: those the API sends, and so those a `default` response stands for. */
const errorStatuses: number[] = [
  ...String(spec.components.schemas.ErrorCode.description).matchAll(/^\|\s*`[a-z_]+`\s*\|\s*(\d{3})\s*\|/gm),
].map((row) => Number(row[1]));

/** The handles the spec's `GET /sub-accounts` example lists: the ones the mock lets a caller act as. */
export const allowedHandles: string[] = (() => {
  const media = deref(spec, spec.paths['/sub-accounts']?.get?.responses?.['200'])?.content?.['application/json'];
  return (media?.example?.data ?? []).map((account: { handle: string }) => account.handle);
})();

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The pointer a location resolves to once its `$ref`s are followed. */
function resolvePointer(pointer: string): string {
  let node = pointer
    .split('/')
    .slice(1)
    .reduce((n: any, p) => n?.[p.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  while (node && typeof node.$ref === 'string') {
    pointer = node.$ref.slice(1);
    node = deref(spec, node);
  }
  return pointer;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS: its plugin is the module's `default`.
formats.default(ajv);
ajv.addSchema(spec, 'spec');
const validators = new Map<string, ValidateFunction>();

function validatorAt(pointer: string): ValidateFunction {
  const known = validators.get(pointer);
  if (known) return known;
  const validate = ajv.compile({ $ref: `spec#${pointer}` });
  validators.set(pointer, validate);
  return validate;
}

/** The statuses `op` documents. */
export const statusesOf = (op: Operation): number[] => {
  const listed = Object.keys(op.spec.responses).filter((status) => status !== 'default');
  const throughDefault = 'default' in op.spec.responses ? errorStatuses.filter((status) => !listed.includes(String(status))) : [];
  return [...listed.map(Number), ...throughDefault].sort((a, b) => a - b);
};

/** The success status Prism answers with by default: the operation's first documented 2xx. */
export const successStatusOf = (op: Operation): number =>
  statusesOf(op)
    .filter((s) => s >= 200 && s < 300)
    .sort()[0]!;

/** Ajv's complaints when `body` is not what `op` documents for `status`; `[]` when it is. */
export function schemaErrors(op: Operation, status: number, body: unknown): string[] {
  const response = resolvePointer(`/paths/${escapePointer(op.path)}/${op.method}/responses/${status}`);
  const media = deref(spec, op.spec.responses[status])?.content?.['application/json'];
  if (!media) return body === undefined || body === null || body === '' ? [] : [`${op.key} documents no JSON body for ${status}`];
  const validate = validatorAt(`${response}/content/application~1json/schema`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
}

/** Ajv's complaints when `body` is not the spec's `Error` shape. */
export const errorShapeErrors = (body: unknown): string[] => {
  const validate = validatorAt('/components/schemas/Error');
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
};

function exampleOf(parameter: any): unknown {
  const named = parameter.examples && Object.values<any>(parameter.examples)[0];
  const value =
    parameter.example ??
    (named && deref(spec, named).value) ??
    parameter.schema?.example ??
    parameter.schema?.default ??
    parameter.schema?.enum?.[0];
  if (value === undefined) throw new Error(`${parameter.in} parameter ${parameter.name} has no example to call it with`);
  return value;
}

/** A valid request for `op`, from the spec's examples: path parameters, required query parameters and the body. */
export interface ExampleRequest {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

export function exampleRequest(op: Operation): ExampleRequest {
  const pathItem = spec.paths[op.path];
  const parameters = [...(pathItem.parameters ?? []), ...(op.spec.parameters ?? [])].map((p: unknown) => deref(spec, p));
  const request: ExampleRequest = { path: {}, query: {}, body: undefined };
  for (const parameter of parameters) {
    if (parameter.in === 'path') request.path[parameter.name] = String(exampleOf(parameter));
    if (parameter.in === 'query' && parameter.required) request.query[parameter.name] = exampleOf(parameter);
  }
  if (op.spec.requestBody) {
    const media = deref(spec, op.spec.requestBody).content?.['application/json'];
    const named = media?.examples && Object.values<any>(media.examples)[0];
    request.body = media?.example ?? (named && deref(spec, named).value) ?? media?.schema?.example;
    if (request.body === undefined) throw new Error(`${op.key} has no request body example to call it with`);
  }
  return request;
}

/** The request body's schema, with its top-level `$ref` followed. */
export const bodySchemaOf = (op: Operation): any => deref(spec, deref(spec, op.spec.requestBody).content['application/json'].schema);

/** `/v1` path of `op` with its example path parameters filled in. */
export const examplePath = (op: Operation): string =>
  `/v1${op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(exampleRequest(op).path[name]!))}`;
