/**
 * The operations every resource has, driven by the resource table: list (filtered, paginated), create
 * (a server-made id with the right prefix, timestamps, the values sent), get, update, delete (children
 * go with their parent), and single documents (`GET`/`PATCH /account`, `…/scale`).
 */
import { newId } from './ids.ts';
import { paginate } from './pagination.ts';
import { isReply, problem, refusal, type Context, type Outcome, type StoreReply } from './context.ts';
import type { Collection, Item } from './resources.ts';

/**
 * Properties a request may not set: the server makes them. (`project_id` is the sender's where the items
 * are not under a project's path, an alert's; under one, `build` sets it from the path.)
 */
const serverMade = new Set(['id', 'created_at', 'updated_at', 'created_by']);

const readable = (type: string): string => type.replace(/_/g, '-');

/** The values of `body` the collection's items have, but those the server makes. */
export function settable(collection: Collection, body: unknown): Item {
  const values: Item = {};
  if (typeof body !== 'object' || body === null) return values;
  for (const [name, value] of Object.entries(body)) if (collection.properties.includes(name) && !serverMade.has(name)) values[name] = value;
  return values;
}

export const ok = (status: number, body?: unknown): Outcome => ({ reply: { status, body } });

/** The query parameter `name` as one string (Prism has checked its type), or `undefined`. */
export const queryValue = (ctx: Context, name: string): string | undefined => {
  const value = ctx.request.query[name];
  return Array.isArray(value) ? value[0] : value;
};

/** One page of `items` as the operation's list answers it; a 422 for a cursor this store never gave. */
export function page(ctx: Context, items: readonly Item[], idField = 'id'): Outcome {
  const limit = Number(queryValue(ctx, 'limit') ?? ctx.table.limits.default);
  const cursor = queryValue(ctx, 'cursor');
  const result = paginate(items, (item) => String(item[idField]), limit, cursor);
  if (!result)
    return { reply: problem(422, 'cursor is not one this list gave', [{ field: 'cursor', message: 'is not one this list gave' }]) };
  return ok(ctx.op.status, { ...(ctx.op.example as object), ...result });
}

/** The id of the project `ref` (an id or a name) names, if one exists. */
export function projectIdOf(ctx: Context, ref: string): string | undefined {
  const project = ctx.state.collections['/projects']?.find((p) => p.id === ref || p.name === ref);
  return project?.id as string | undefined;
}

function passes(ctx: Context, item: Item, name: string, value: string): boolean {
  if (name === 'direction') return item[value === 'incoming' ? 'to_account' : 'from_account'] === ctx.handle;
  if (name === 'project') return item.project_id === (projectIdOf(ctx, value) ?? value);
  return !(name in item) || String(item[name]) === value;
}

export function list(ctx: Context, collection: Collection): Outcome {
  const located = ctx.locate(collection, false);
  if (isReply(located)) return { reply: located };
  let items = located.items;
  for (const name of ctx.op.filters) {
    const value = queryValue(ctx, name);
    if (value !== undefined) items = items.filter((item) => passes(ctx, item, name, value));
  }
  return page(ctx, items, collection.idField);
}

/** A 409 when `values` would take a name another item has, or the plan's quota is reached. */
function conflict(ctx: Context, collection: Collection, items: readonly Item[], values: Item, self?: Item): StoreReply | undefined {
  const field = uniqueField[collection.template];
  const taken =
    field !== undefined && values[field] !== undefined && items.find((other) => other !== self && other[field] === values[field]);
  if (taken) {
    const what = field === 'name' ? `named ${values[field]}` : `with ${field} ${values[field]}`;
    const reason = field === 'handle' ? 'handle_taken' : field === 'hostname' ? 'hostname_taken' : 'name_taken';
    return refusal(
      409,
      reason,
      `A ${readable(collection.resourceType)} ${what} already exists in account ${ctx.handle}; choose another ${field}.`,
    );
  }
  const quota = self ? undefined : quotaOf[collection.template];
  const limit = quota === undefined ? undefined : quotaLimit(ctx, quota);
  if (limit !== undefined && items.length >= limit) {
    return refusal(
      409,
      'quota_exceeded',
      `Account ${ctx.handle} already has ${items.length} of the ${limit} ${quota} its plan allows (${quota} in GET /capacity).`,
    );
  }
  return undefined;
}

/** Fields no two items of a collection may share (the spec's 409s: "a project with this name already exists"). */
const uniqueField: Record<string, string> = {
  '/projects': 'name',
  '/sub-accounts': 'handle',
  '/team/invitations': 'email',
  '/projects/{project}/domains': 'hostname',
};

/** The `GET /capacity` quota that caps each collection. */
export const quotaOf: Record<string, string> = {
  '/projects': 'projects',
  '/agents': 'agents',
  '/alerts': 'alerts',
  '/sub-accounts': 'sub_accounts',
  '/projects/{project}/domains': 'domains_per_project',
};

function quotaLimit(ctx: Context, name: string): number | undefined {
  const capacity = (ctx.state.documents['Capacity@'] ?? ctx.table.operations.get('GET /capacity')?.example) as
    | { quotas?: { name: string; limit: number | null }[] }
    | undefined;
  const limit = capacity?.quotas?.find((quota) => quota.name === name)?.limit;
  return typeof limit === 'number' ? limit : undefined;
}

/** A new item of `collection` from the create example, the values sent, a new id and the timestamps. */
export function build(ctx: Context, collection: Collection, template: unknown, values: Item, projectId: string | null): Item {
  const item: Item = { ...structuredClone(template as Item), ...values };
  if (collection.idPrefix) item.id = newId(collection.idPrefix);
  for (const stamp of ['created_at', 'updated_at']) if (stamp in item) item[stamp] = ctx.at;
  if ('project_id' in item && projectId) item.project_id = projectId;
  return item;
}

/** Puts `item` where the collection's order says a new item goes. */
export function insert(collection: Collection, items: Item[], item: Item): void {
  if (collection.order === 'newest') items.unshift(item);
  else items.push(item);
}

export function create(ctx: Context, collection: Collection): Outcome {
  const located = ctx.locate(collection, false);
  if (isReply(located)) return { reply: located };
  const values = settable(collection, ctx.request.body);
  // What the request could have set but left out is its default or null, not the example's value.
  for (const [name, fallback] of Object.entries(ctx.op.bodyDefaults)) {
    if (name in values || !collection.properties.includes(name)) continue;
    if (fallback !== undefined) values[name] = structuredClone(fallback);
    else if (collection.nullable.includes(name)) values[name] = null;
  }
  const refused = conflict(ctx, collection, located.items, values);
  if (refused) return { reply: refused };
  const item = build(ctx, collection, ctx.op.example, values, located.projectId);
  ctx.state.collections[located.key] = located.items;
  insert(collection, located.items, item);
  const id = String(item[collection.idField]);
  return {
    ...ok(ctx.op.status, item),
    touched: { type: collection.resourceType, id, projectId: located.projectId ?? (collection.template === '/projects' ? id : null) },
  };
}

export function read(ctx: Context, collection: Collection): Outcome {
  const located = ctx.locate(collection, true);
  return isReply(located) ? { reply: located } : ok(ctx.op.status, located.item);
}

export function update(ctx: Context, collection: Collection): Outcome {
  const located = ctx.locate(collection, true);
  if (isReply(located)) return { reply: located };
  const item = located.item!;
  const values = settable(collection, ctx.request.body);
  const refused = conflict(ctx, collection, located.items, values, item);
  if (refused) return { reply: refused };
  Object.assign(item, values);
  if ('updated_at' in item) item.updated_at = ctx.at;
  const id = String(item[collection.idField]);
  return { ...ok(ctx.op.status, item), touched: { type: collection.resourceType, id, projectId: located.projectId } };
}

export function remove(ctx: Context, collection: Collection): Outcome {
  const located = ctx.locate(collection, true);
  if (isReply(located)) return { reply: located };
  const item = located.item!;
  const id = String(item[collection.idField]);
  located.items.splice(located.items.indexOf(item), 1);
  // Children go with their parent: every collection and document under the item's path.
  const under = `${located.key}/${id}/`;
  for (const key of Object.keys(ctx.state.collections)) if (key.startsWith(under)) delete ctx.state.collections[key];
  for (const key of Object.keys(ctx.state.documents))
    if (key.includes(`@${under}`) || key.endsWith(`@${located.key}/${id}`)) delete ctx.state.documents[key];
  return { ...ok(ctx.op.status), touched: { type: collection.resourceType, id, projectId: located.projectId } };
}

export const notFound = (ctx: Context, type: string, ref: string, within?: string): StoreReply =>
  refusal(404, `${type.replaceAll(' ', '_')}_not_found`, `No ${readable(type)} ${ref} in ${within ?? `account ${ctx.handle}`}.`);

/** The document at `key`: as stored, else as the spec's `GET` example shows it. */
function documentAt(ctx: Context, key: string): FoundDocument {
  const get = [...ctx.table.operations.values()].find(
    (op) => op.kind === 'document' && op.method === 'GET' && op.document === ctx.op.document,
  );
  const document = ctx.state.documents[key] ?? structuredClone((get ?? ctx.op).example as Item);
  ctx.state.documents[key] = document;
  return { key, document };
}

export interface FoundDocument {
  /** `Scale@/projects/prj_9Xk2mA`, `Account@`. */
  key: string;
  document: Item;
}

/** The operation's document of the account itself (`Account@`, `Billing@`). */
export const accountDocument = (ctx: Context): FoundDocument => documentAt(ctx, `${ctx.op.document}@`);

/** The document the operation reads or changes: the account's, or its project's (a 404 when that project does not exist). */
export function documentOf(ctx: Context): FoundDocument | StoreReply {
  const ref = ctx.request.params.project;
  if (ref === undefined) return accountDocument(ctx);
  const id = projectIdOf(ctx, ref);
  return id ? documentAt(ctx, `${ctx.op.document}@/projects/${id}`) : notFound(ctx, 'project', ref);
}

/** `GET` or change the operation's document. */
export function documentOperation(ctx: Context): Outcome {
  const found = documentOf(ctx);
  if ('status' in found) return { reply: found };
  return ctx.op.method === 'GET' ? ok(ctx.op.status, found.document) : changeDocument(ctx, found, ctx.request.body);
}

/** Sets `changes` on a document found, as the operation's action on it (or on its project's). */
export function changeDocument(ctx: Context, { key, document }: FoundDocument, changes: unknown): Outcome {
  if (typeof changes === 'object' && changes !== null) Object.assign(document, changes);
  if ('updated_at' in document) document.updated_at = ctx.at;
  const projectId = key.includes('@/projects/') ? key.split('/').pop()! : null;
  return {
    ...ok(ctx.op.status, document),
    touched: { type: ctx.op.action?.split('.')[0] ?? 'account', id: String(document.id ?? projectId ?? key), projectId },
  };
}
