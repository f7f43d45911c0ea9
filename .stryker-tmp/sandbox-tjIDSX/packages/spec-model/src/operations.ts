/** The operations of an OpenAPI document, with everything the tools ask of one already resolved. */
// @ts-nocheck

import { SpecError } from './errors.ts';
import { isObject, type Json, resolveRef } from './refs.ts';

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** A parameter with its `$ref` and its schema's top-level `$ref` followed. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  deprecated: boolean;
  schema: Json;
  /** The first example the spec gives (the parameter's, its first named one, its schema's), if any. */
  example: unknown;
  /** The parameter object as resolved. */
  raw: Json;
}

/** An example of a body, by the name `Prefer: example=` picks it with (`default` for a lone `example`). */
export interface NamedExample {
  name: string;
  value: unknown;
}

/** A body (of a request or a response) in its one media type. */
export interface Body {
  contentType: string;
  /** The schema with its top-level `$ref` followed; `{}` where the media type has none. */
  schema: Json;
  examples: readonly NamedExample[];
}

export interface ResponseHeader {
  name: string;
  required: boolean;
  schema: Json;
}

export interface Response {
  /** As the spec writes it: `200`, `4XX` or `default`. */
  status: string;
  description: string;
  headers: readonly ResponseHeader[];
  /** The JSON body (or the first media type); `undefined` for a response without one. */
  body: Body | undefined;
}

export interface Operation {
  /** `GET /projects/{project}`: the method upper-cased and the path as the spec writes it (without the server's base path). */
  key: string;
  method: HttpMethod;
  path: string;
  operationId: string;
  deprecated: boolean;
  /** The one scope its security requirement names (the operation's own, else the document's); `null` for a public operation. */
  scope: string | null;
  /** Which kinds of credential satisfy its security requirement. */
  credentials: { key: boolean; session: boolean };
  /** Its parameters with its path item's, in that order, each resolved. */
  parameters: readonly Parameter[];
  takesActAs: boolean;
  takesIdempotencyKey: boolean;
  requestBody: (Body & { required: boolean }) | undefined;
  responses: readonly Response[];
  /** The operation object as written, `$ref`s in place. */
  raw: Json;
}

/** The names of the security schemes by kind: an `http` bearer scheme takes an API key, an `apiKey` in a cookie is the session. */
export interface SchemeKinds {
  key: ReadonlySet<string>;
  session: ReadonlySet<string>;
}

export function schemeKinds(document: Json): SchemeKinds {
  const schemes = ((document.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const key = new Set<string>();
  const session = new Set<string>();
  for (const [name, raw] of Object.entries(schemes)) {
    const scheme = resolveRef(document, raw);
    if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') key.add(name);
    if (scheme.type === 'apiKey' && scheme.in === 'cookie') session.add(name);
  }
  return { key, session };
}

const jsonMedia = /^application\/(?:[\w.-]+\+)?json$/;

function bodyOf(document: Json, content: unknown): Body | undefined {
  if (!isObject(content)) return undefined;
  const type = Object.keys(content).find((name) => jsonMedia.test(name)) ?? Object.keys(content)[0];
  if (type === undefined) return undefined;
  const media = resolveRef(document, content[type]);
  const schema = media.schema === undefined ? {} : resolveRef(document, media.schema);
  const examples: NamedExample[] = [];
  if ('example' in media) examples.push({ name: 'default', value: media.example });
  else if (Array.isArray(schema.examples) && schema.examples.length > 0) examples.push({ name: 'default', value: schema.examples[0] });
  for (const [name, example] of Object.entries((media.examples ?? {}) as Json)) {
    examples.push({ name, value: resolveRef(document, example).value });
  }
  return { contentType: type, schema, examples };
}

function parameterOf(document: Json, raw: unknown, where: string): Parameter {
  const parameter = resolveRef(document, raw);
  if (typeof parameter.name !== 'string' || !['path', 'query', 'header', 'cookie'].includes(String(parameter.in))) {
    throw new SpecError(`${where}: a parameter needs a name and an \`in\` of path, query, header or cookie`);
  }
  const schema = parameter.schema === undefined ? {} : resolveRef(document, parameter.schema);
  const named = Object.values((parameter.examples ?? {}) as Json)[0];
  const example =
    parameter.example ??
    (named === undefined ? undefined : resolveRef(document, named).value) ??
    schema.example ??
    (Array.isArray(schema.examples) ? schema.examples[0] : undefined);
  return {
    name: parameter.name,
    in: parameter.in as Parameter['in'],
    required: parameter.required === true,
    deprecated: parameter.deprecated === true,
    schema,
    example,
    raw: parameter,
  };
}

function scopeOf(requirements: Record<string, unknown>[], key: string): string | null {
  if (requirements.length === 0) return null;
  const scopes = new Set(requirements.flatMap((requirement) => Object.values(requirement).flat()));
  if (scopes.size !== 1) {
    throw new SpecError(`${key}: its security requirements must name exactly one scope, found ${[...scopes].join(', ') || 'none'}`);
  }
  return String([...scopes][0]);
}

/** `node[name]`, which the spec requires to be a list when present. */
function listAt(node: Json, name: string, where: string): unknown[] {
  const value = node[name] ?? [];
  if (!Array.isArray(value)) throw new SpecError(`${where}: ${name} must be a list`);
  return value;
}

/** Every operation of the document, in the order of its paths and of `httpMethods`. */
export function readOperations(document: Json): Operation[] {
  const kinds = schemeKinds(document);
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries((document.paths ?? {}) as Json)) {
    const pathItem = resolveRef(document, rawItem);
    if (!isObject(pathItem)) throw new SpecError(`paths.${path} is not a path item (an object of operations)`);
    for (const method of httpMethods) {
      const raw = pathItem[method];
      if (!isObject(raw)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const requirements = (raw.security ?? document.security ?? []) as Record<string, unknown>[];
      const schemes = requirements.flatMap((requirement) => Object.keys(requirement));
      const parameters = [...listAt(pathItem, 'parameters', path), ...listAt(raw, 'parameters', key)].map((p) =>
        parameterOf(document, p, key),
      );
      const hasHeader = (name: string): boolean => parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === name);
      const requestBody = raw.requestBody === undefined ? undefined : resolveRef(document, raw.requestBody);
      const body = requestBody && bodyOf(document, requestBody.content);
      operations.push({
        key,
        method,
        path,
        operationId: String(raw.operationId ?? ''),
        deprecated: raw.deprecated === true,
        scope: scopeOf(requirements, key),
        credentials: { key: schemes.some((name) => kinds.key.has(name)), session: schemes.some((name) => kinds.session.has(name)) },
        parameters,
        takesActAs: hasHeader(actAsHeaderName(document)),
        takesIdempotencyKey: hasHeader('idempotency-key'),
        requestBody: body && { ...body, required: requestBody?.required === true },
        responses: Object.entries((raw.responses ?? {}) as Json).map(([status, rawResponse]) => {
          const response = resolveRef(document, rawResponse);
          return {
            status,
            description: String(response.description ?? ''),
            headers: Object.entries((response.headers ?? {}) as Json).map(([name, rawHeader]) => {
              const header = resolveRef(document, rawHeader);
              return { name, required: header.required === true, schema: resolveRef(document, header.schema ?? {}) };
            }),
            body: bodyOf(document, response.content),
          };
        }),
        raw,
      });
    }
  }
  return operations;
}

/** The act-as header's name, lower-cased (the `ActAs` parameter component's); `''` when the document has none. */
function actAsHeaderName(document: Json): string {
  const parameter = ((document.components as Json | undefined)?.parameters as Json | undefined)?.ActAs;
  if (parameter === undefined) return '';
  const name = resolveRef(document, parameter).name;
  return typeof name === 'string' ? name.toLowerCase() : '';
}
