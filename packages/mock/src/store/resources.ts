/**
 * The store's resource table, read from the spec: which paths are collections (a `GET` answering
 * `{data, next_cursor}`) and which their items (`collection/{param}`), each item's id prefix (the
 * `id` pattern), each list's order (its description's "newest first" / "oldest first"), each
 * operation's kind, success status and example, and the activity action its description names
 * ("Records `deploy.create` in the activity log").
 */
import { deref } from '../spec.ts';
import { prefixOfPattern } from './ids.ts';

type Json = Record<string, unknown>;
export type Item = Record<string, unknown>;

export interface Collection {
  /** `/projects/{project}/deploys`, as the spec writes it. */
  template: string;
  /** The item path's parameter (`deployId`), when the items have a path of their own. */
  itemParam: string | undefined;
  /** `dep_`, from the item schema's `id` pattern; `undefined` for items named by a key (environment variables). */
  idPrefix: string | undefined;
  /** The property naming an item: `id`, or `key` for environment variables. */
  idField: string;
  order: 'newest' | 'oldest' | 'fixed';
  /** The item schema's property names: what a create or an update may set. */
  properties: readonly string[];
  /** Those that may be `null`: a create that leaves one out gets `null`, not the example's value. */
  nullable: readonly string[];
  /** The kind of resource, as activity events and messages name it (`deploy`). */
  resourceType: string;
  /** The collection the item path's leading parameters belong to (`/projects` for deploys). */
  parent: Collection | undefined;
}

/** `other`: an operation the table derives nothing for (a hand-written behaviour may answer it, else Prism's example). */
export type OperationKind = 'list' | 'create' | 'get' | 'update' | 'delete' | 'action' | 'document' | 'other';

export interface StoreOperation {
  /** `POST /projects/{project}/deploys`. */
  key: string;
  method: string;
  path: string;
  kind: OperationKind;
  /** For list, create, get, update, delete and action: the collection concerned. */
  collection: Collection | undefined;
  /** The first documented 2xx. */
  status: number;
  /** That response's example (the first named one when there are several). */
  example: unknown;
  /** The success response schema's name; for documents it names the document (`Scale`). */
  document: string | undefined;
  /** The activity action its description names; `undefined` for an operation that records nothing. */
  action: string | undefined;
  /** Whether it takes `Idempotency-Key`. */
  idempotent: boolean;
  /** Its query parameters other than `cursor` and `limit`. */
  filters: readonly string[];
  /** The request body's properties, with their defaults (`undefined` for none). */
  bodyDefaults: Readonly<Record<string, unknown>>;
}

export interface ResourceTable {
  collections: readonly Collection[];
  operations: ReadonlyMap<string, StoreOperation>;
  /** How long an `Idempotency-Key` is remembered, from the parameter's description ("within 24 hours"). */
  idempotencyWindowMs: number;
  /** The default and largest page size, from the `Limit` parameter. */
  limits: { default: number; max: number };
}

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;
const recordsAction = /Records `([a-z_]+\.[a-z_]+)` in the activity log/;

function jsonBody(spec: Json, response: unknown): { schema: Json | undefined; schemaName: string | undefined; example: unknown } {
  const media = (deref(spec, response).content as Json | undefined)?.['application/json'] as Json | undefined;
  if (!media) return { schema: undefined, schemaName: undefined, example: undefined };
  const ref = (media.schema as Json | undefined)?.$ref;
  const named = media.examples ? Object.values(media.examples as Json)[0] : undefined;
  return {
    schema: deref(spec, media.schema),
    schemaName: typeof ref === 'string' ? ref.split('/').pop() : undefined,
    example: media.example ?? (named === undefined ? undefined : deref(spec, named).value),
  };
}

function successOf(
  spec: Json,
  operation: Json,
): { status: number; schema: Json | undefined; schemaName: string | undefined; example: unknown } {
  const responses = operation.responses as Json;
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code)) ?? '200';
  return { status: Number(status), ...jsonBody(spec, responses[status]) };
}

function bodyDefaultsOf(spec: Json, operation: Json): Record<string, unknown> {
  if (!operation.requestBody) return {};
  const media = (deref(spec, operation.requestBody).content as Json | undefined)?.['application/json'] as Json | undefined;
  const properties = (deref(spec, media?.schema ?? {}).properties ?? {}) as Json;
  return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, deref(spec, property).default]));
}

/** Reads the resource table from the bundled spec's JSON. */
export function readResources(spec: Json): ResourceTable {
  const paths = spec.paths as Record<string, Json>;
  const parametersOf = (path: string, operation: Json): Json[] =>
    [...((paths[path]!.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map((p) => deref(spec, p));

  // Collections: a GET whose answer is `{data: [...], next_cursor}`.
  const byTemplate = new Map<string, Collection>();
  for (const [path, item] of Object.entries(paths)) {
    const get = item.get as Json | undefined;
    if (!get) continue;
    const { schema } = successOf(spec, get);
    const properties = (schema?.properties ?? {}) as Json;
    if (!properties.data || !properties.next_cursor) continue;
    const itemSchema = deref(spec, (deref(spec, properties.data).items as Json | undefined) ?? {});
    const itemProperties = (itemSchema.properties ?? {}) as Json;
    const itemId = deref(spec, itemProperties.id ?? {});
    // The item's parameter, from its own path or an action's (`/billing/transfers/{transferId}/accept`).
    const itemPath = Object.keys(paths).find((p) => p.startsWith(`${path}/{`));
    const itemParam = itemPath && /^\{([^}]+)\}/.exec(itemPath.slice(path.length + 1))?.[1];
    const idPrefix = prefixOfPattern(itemId.pattern);
    // Items with neither an id nor a path of their own (log lines, regions) are not kept: their lists answer the example.
    if (idPrefix === undefined && itemParam === undefined) continue;
    const description = String(get.description ?? '');
    byTemplate.set(path, {
      template: path,
      itemParam,
      idPrefix,
      idField: itemProperties.id ? 'id' : 'key',
      order: /newest\s+first/.test(description) ? 'newest' : /oldest\s+first/.test(description) ? 'oldest' : 'fixed',
      properties: Object.keys(itemProperties),
      nullable: Object.entries(itemProperties)
        .filter(([, property]) => {
          const schema = deref(spec, property);
          return [schema.type].flat().includes('null') || (schema.oneOf as Json[] | undefined)?.some((s) => deref(spec, s).type === 'null');
        })
        .map(([name]) => name),
      resourceType: (itemParam ?? path.split('/').pop()!).replace(/Id$/, '').replace(/-/g, '_'),
      parent: undefined,
    });
  }
  const collections = [...byTemplate.values()];
  for (const collection of collections) {
    collection.parent = collections
      .filter((c) => c.itemParam && collection.template.startsWith(`${c.template}/{${c.itemParam}}/`))
      .sort((a, b) => b.template.length - a.template.length)[0];
  }
  const itemOf = (path: string): Collection | undefined =>
    collections.find((c) => c.itemParam && path === `${c.template}/{${c.itemParam}}`);
  const actionOf = (path: string): Collection | undefined =>
    collections.find(
      (c) =>
        c.itemParam &&
        path.startsWith(`${c.template}/{${c.itemParam}}/`) &&
        !path.slice(c.template.length).includes('{', c.itemParam!.length + 3),
    );

  const operations = new Map<string, StoreOperation>();
  const typed = new Set<Collection>();
  let idempotencyWindowMs = 24 * 3600_000;
  let limits = { default: 20, max: 100 };
  for (const [path, item] of Object.entries(paths)) {
    for (const method of methods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const parameters = parametersOf(path, operation);
      const idempotency = parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      const hours = idempotency && /within (\d+) hours/.exec(String(idempotency.description ?? ''))?.[1];
      if (hours) idempotencyWindowMs = Number(hours) * 3600_000;
      const limit = parameters.find((p) => p.in === 'query' && p.name === 'limit');
      if (limit) {
        const schema = limit.schema as Json;
        limits = { default: Number(schema.default ?? limits.default), max: Number(schema.maximum ?? limits.max) };
      }
      const success = successOf(spec, operation);
      const collection = byTemplate.get(path) ?? itemOf(path) ?? actionOf(path);
      const derived: OperationKind | undefined = byTemplate.has(path)
        ? method === 'get'
          ? 'list'
          : method === 'post'
            ? 'create'
            : undefined
        : itemOf(path)
          ? ({ get: 'get', patch: 'update', put: 'update', delete: 'delete', post: undefined } as const)[method]
          : actionOf(path) && method === 'post'
            ? 'action'
            : undefined;
      const action = recordsAction.exec(String(operation.description ?? '').replace(/\s+/g, ' '))?.[1];
      if (action && collection && (derived === 'create' || derived === 'update' || derived === 'delete')) {
        collection.resourceType = action.split('.')[0]!;
        typed.add(collection);
      }
      operations.set(key, {
        key,
        method: method.toUpperCase(),
        path,
        kind: derived ?? 'other',
        collection: derived ? collection : undefined,
        status: success.status,
        example: success.example,
        document: success.schemaName,
        action,
        idempotent: idempotency !== undefined,
        filters: parameters.filter((p) => p.in === 'query' && p.name !== 'cursor' && p.name !== 'limit').map((p) => String(p.name)),
        bodyDefaults: bodyDefaultsOf(spec, operation),
      });
    }
  }
  // A document: a response schema that both a GET and a PATCH or PUT answer (Account, Scale, Billing).
  const others = [...operations.values()].filter((op) => op.kind === 'other' && op.document);
  const read = new Set(others.filter((op) => op.method === 'GET').map((op) => op.document));
  const changed = new Set(others.filter((op) => op.method === 'PATCH' || op.method === 'PUT').map((op) => op.document));
  for (const op of operations.values()) {
    if (op.kind === 'other' && read.has(op.document) && changed.has(op.document)) op.kind = 'document';
    // A collection with no create, update or delete (billing transfers) takes its type from its actions.
    if (op.kind === 'action' && op.action && op.collection && !typed.has(op.collection)) {
      op.collection.resourceType = op.action.split('.')[0]!;
    }
  }
  return { collections, operations, idempotencyWindowMs, limits };
}
