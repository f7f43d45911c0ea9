/**
 * The store's resource table, read from the spec: which paths are collections (a `GET` answering
 * `{data, next_cursor}`) and which their items (`collection/{param}`), each item's id prefix (the
 * `id` pattern), each list's order (its description's "newest first" / "oldest first"), each
 * operation's kind, success status and example, and the activity action its description names
 * ("Records `deploy.create` in the activity log").
 */
// @ts-nocheck

import type { Json, Operation, SpecModel } from '@cantila/spec-model';
import { prefixOfPattern } from './ids.ts';

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

const recordsAction = /Records `([a-z_]+\.[a-z_]+)` in the activity log/;
const isNullable = (schema: Json): boolean =>
  [schema.type].flat().includes('null') || ((schema.oneOf as Json[] | undefined) ?? []).some((s) => s.type === 'null');

function success(op: Operation): { status: number; schema: Json | undefined; schemaName: string | undefined; example: unknown } {
  const response = op.responses.find((r) => /^2\d\d$/.test(r.status));
  const media = (((op.raw.responses as Json)[response?.status ?? ''] as Json | undefined)?.content as Json | undefined)?.[
    response?.body?.contentType ?? ''
  ] as Json | undefined;
  const ref = (media?.schema as Json | undefined)?.$ref;
  return {
    status: Number(response?.status ?? 200),
    schema: response?.body?.schema,
    schemaName: typeof ref === 'string' ? ref.split('/').pop() : undefined,
    example: response?.body?.examples[0]?.value,
  };
}

/** Reads the resource table from the spec model. */
export function readResources(model: SpecModel): ResourceTable {
  const resolve = (value: unknown): Json => model.resolve(value ?? {});
  const paths = new Set(model.operations.map((op) => op.path));

  // Collections: a GET whose answer is `{data: [...], next_cursor}`.
  const byTemplate = new Map<string, Collection>();
  for (const op of model.operations) {
    if (op.method !== 'get') continue;
    const properties = (success(op).schema?.properties ?? {}) as Json;
    if (!properties.data || !properties.next_cursor) continue;
    const itemProperties = (resolve(resolve(properties.data).items).properties ?? {}) as Json;
    // The item's parameter, from its own path or an action's (`/billing/transfers/{transferId}/accept`).
    const itemPath = [...paths].find((p) => p.startsWith(`${op.path}/{`));
    const itemParam = itemPath === undefined ? undefined : /^\{([^}]+)\}/.exec(itemPath.slice(op.path.length + 1))?.[1];
    const idPrefix = prefixOfPattern(resolve(itemProperties.id).pattern);
    // Items with neither an id nor a path of their own (log lines, regions) are not kept: their lists answer the example.
    if (idPrefix === undefined && itemParam === undefined) continue;
    const description = String(op.raw.description ?? '');
    byTemplate.set(op.path, {
      template: op.path,
      itemParam,
      idPrefix,
      idField: itemProperties.id ? 'id' : 'key',
      order: /newest\s+first/.test(description) ? 'newest' : /oldest\s+first/.test(description) ? 'oldest' : 'fixed',
      properties: Object.keys(itemProperties),
      nullable: Object.entries(itemProperties)
        .filter(([, property]) => isNullable(resolve(property)))
        .map(([name]) => name),
      resourceType: (itemParam ?? op.path.split('/').pop()!).replace(/Id$/, '').replace(/-/g, '_'),
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
        !path.slice(c.template.length).includes('{', c.itemParam.length + 3),
    );

  const operations = new Map<string, StoreOperation>();
  const typed = new Set<Collection>();
  let idempotencyWindowMs = 24 * 3600_000;
  let limits = { default: 20, max: 100 };
  for (const op of model.operations) {
    const { path, method } = op;
    const idempotency = op.parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
    const hours = idempotency && /within (\d+) hours/.exec(String(idempotency.raw.description ?? ''))?.[1];
    if (hours) idempotencyWindowMs = Number(hours) * 3600_000;
    const limit = op.parameters.find((p) => p.in === 'query' && p.name === 'limit');
    if (limit) limits = { default: Number(limit.schema.default ?? limits.default), max: Number(limit.schema.maximum ?? limits.max) };
    const answer = success(op);
    const collection = byTemplate.get(path) ?? itemOf(path) ?? actionOf(path);
    const onCollection: Partial<Record<string, OperationKind>> = { get: 'list', post: 'create' };
    const onItem: Partial<Record<string, OperationKind>> = { get: 'get', patch: 'update', put: 'update', delete: 'delete' };
    const derived: OperationKind | undefined = byTemplate.has(path)
      ? onCollection[method]
      : itemOf(path)
        ? onItem[method]
        : actionOf(path) && method === 'post'
          ? 'action'
          : undefined;
    const action = recordsAction.exec(String(op.raw.description ?? '').replace(/\s+/g, ' '))?.[1];
    if (action && collection && (derived === 'create' || derived === 'update' || derived === 'delete')) {
      collection.resourceType = action.split('.')[0]!;
      typed.add(collection);
    }
    const bodyProperties = (op.requestBody?.schema.properties ?? {}) as Json;
    operations.set(op.key, {
      key: op.key,
      method: method.toUpperCase(),
      path,
      kind: derived ?? 'other',
      collection: derived ? collection : undefined,
      status: answer.status,
      example: answer.example,
      document: answer.schemaName,
      action,
      idempotent: op.takesIdempotencyKey,
      filters: op.parameters.filter((p) => p.in === 'query' && p.name !== 'cursor' && p.name !== 'limit').map((p) => p.name),
      bodyDefaults: Object.fromEntries(Object.entries(bodyProperties).map(([name, property]) => [name, resolve(property).default])),
    });
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
