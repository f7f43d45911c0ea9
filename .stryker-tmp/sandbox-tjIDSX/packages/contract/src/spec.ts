/**
 * The bundled spec as the contract sees it, read through @cantila/spec-model (the one reader every tool
 * uses): the operations, a valid example request and an invalid body for each, and validators for its
 * response schemas and headers (ajv, JSON Schema 2020-12). `pnpm contract` and the mock's tests both use it.
 */
// @ts-nocheck

import { loadSpecModel, type Operation, pointerOf, resolveRef, valueAt } from '@cantila/spec-model';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

export type { Operation };

export const model = loadSpecModel();
export const spec = model.document as any;
export const operations = model.operations;
/** The scopes in the order they nest (read ⊂ deploy ⊂ admin). */
export const scopes = model.conventions.scopes;

/** The scope just below `scope`, or `undefined` for the lowest. */
export const scopeBelow = (scope: string): string | undefined => scopes[scopes.indexOf(scope) - 1];

/** The handles the spec's `GET /sub-accounts` example lists: the ones the mock lets a caller act as. */
export const allowedHandles = model.conventions.subAccountHandles;

/** The pointer a location resolves to once its `$ref`s are followed. */
function resolvePointer(pointer: string): string {
  let node = valueAt(spec, pointer) as { $ref?: unknown } | undefined;
  while (node && typeof node.$ref === 'string') {
    pointer = node.$ref;
    node = resolveRef(spec, node) as { $ref?: unknown };
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
  const validate = ajv.compile({ $ref: `spec${pointer}` });
  validators.set(pointer, validate);
  return validate;
}

/** The statuses of ErrorCode (its `x-cantila-status`): those the API sends, and so those a `default` response stands for. */
const errorStatuses: number[] = [...model.conventions.errorStatuses.values()];

/** The statuses `op` documents: those it lists, and through its `default` response every other status the API sends. */
export const statusesOf = (op: Operation): number[] => {
  const listed = op.responses.map((r) => r.status).filter((status) => status !== 'default');
  const throughDefault = listed.length < op.responses.length ? errorStatuses.filter((status) => !listed.includes(String(status))) : [];
  return [...listed.map(Number), ...throughDefault].sort((a, b) => a - b);
};

/** The success status Prism answers with by default: the operation's first documented 2xx. */
export const successStatusOf = (op: Operation): number =>
  statusesOf(op)
    .filter((s) => s >= 200 && s < 300)
    .sort()[0]!;

/** The response `op` documents for `status`: the one it lists, else its `default`. */
const responseFor = (op: Operation, status: number) =>
  op.responses.find((r) => r.status === String(status)) ?? op.responses.find((r) => r.status === 'default');

/** Ajv's complaints when `body` is not what `op` documents for `status`; `[]` when it is. */
export function schemaErrors(op: Operation, status: number, body: unknown): string[] {
  const documented = responseFor(op, status);
  if (!documented?.body)
    return body === undefined || body === null || body === '' ? [] : [`${op.key} documents no JSON body for ${status}`];
  const response = resolvePointer(pointerOf(['paths', op.path, op.method, 'responses', documented.status]));
  const validate = validatorAt(`${response}${pointerOf(['content', documented.body.contentType, 'schema']).slice(1)}`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
}

/** Ajv's complaints when `body` is not the spec's `Error` shape. */
export const errorShapeErrors = (body: unknown): string[] => {
  const validate = validatorAt('#/components/schemas/Error');
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
};

/** A valid request for `op`, from the spec's examples: path parameters, required query parameters and the body. */
export interface ExampleRequest {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

function parameterExample(op: Operation, parameter: Operation['parameters'][number]): unknown {
  const value = parameter.example ?? parameter.schema.default ?? (parameter.schema.enum as unknown[] | undefined)?.[0];
  if (value === undefined) throw new Error(`${op.key}: ${parameter.in} parameter ${parameter.name} has no example to call it with`);
  return value;
}

export function exampleRequest(op: Operation): ExampleRequest {
  const request: ExampleRequest = { path: {}, query: {}, body: undefined };
  for (const parameter of op.parameters) {
    if (parameter.in === 'path') request.path[parameter.name] = String(parameterExample(op, parameter));
    if (parameter.in === 'query' && parameter.required) request.query[parameter.name] = parameterExample(op, parameter);
  }
  if (op.requestBody) {
    request.body = op.requestBody.examples[0]?.value ?? op.requestBody.schema.example;
    if (request.body === undefined) throw new Error(`${op.key} has no request body example to call it with`);
  }
  return request;
}

/** The request body's schema, with its top-level `$ref` followed. */
export const bodySchemaOf = (op: Operation): any => op.requestBody?.schema;

/** `/v1` path of `op` with its example path parameters filled in. */
export const examplePath = (op: Operation): string =>
  `${model.conventions.basePath}${op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(exampleRequest(op).path[name]!))}`;

const samples: Record<string, unknown> = { number: 12345, string: 'not-this-type', boolean: true, array: [], object: {} };

/** A value of a JSON type the property schema does not allow, or `undefined` when its type is not stated plainly. */
function wrongValueFor(property: { type?: string | string[] }): unknown {
  if (property.type === undefined) return undefined;
  const allowed = [property.type].flat().flatMap((t) => (t === 'integer' ? ['number'] : t === 'null' ? [] : [t]));
  return Object.entries(samples).find(([type]) => !allowed.includes(type))?.[1];
}

/** The example body with one property given a value of the wrong type, and that property's name. */
export function invalidBody(op: Operation): { body: unknown; field: string } {
  const schema = bodySchemaOf(op);
  const example = exampleRequest(op).body as Record<string, unknown>;
  for (const [name, property] of Object.entries<object>(schema.properties ?? {})) {
    const wrong = wrongValueFor(model.resolve(property));
    if (wrong !== undefined) return { body: { ...example, [name]: wrong }, field: name };
  }
  return { body: 'not a JSON object', field: 'body' };
}

/** Why the response's headers break what `op` documents for `status` (each required header present, each documented one valid); `[]` when they don't. */
export function headerErrors(op: Operation, status: number, headers: Headers): string[] {
  const documented = responseFor(op, status)?.headers ?? [];
  const problems: string[] = [];
  for (const header of documented) {
    const value = headers.get(header.name);
    if (value === null) {
      if (header.required) problems.push(`header ${header.name} is missing`);
      continue;
    }
    const typed = header.schema.type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (!ajv.validate(header.schema, typed)) {
      problems.push(`header ${header.name} ${ajv.errorsText(ajv.errors, { dataVar: '' }).trim()}: ${JSON.stringify(value)}`);
    }
  }
  return problems;
}

/** The schema of `op`'s path parameter `name`. */
export const pathParameterSchema = (op: Operation, name: string): { pattern?: string } =>
  op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};

/** The names of `op`'s path parameters, in path order. */
export const pathParameterNames = (op: Operation): string[] => [...op.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);

/** The error codes the spec gives `status` (`ErrorCode`'s `x-cantila-status`); `[]` when it gives none. */
export const errorCodesOf = (status: number): string[] =>
  [...model.conventions.errorStatuses].filter(([, codeStatus]) => codeStatus === status).map(([code]) => code);
