/**
 * The mock's state: one store per workspace and account (the credential's own, or the sub-account
 * named by the act-as header), seeded from the spec's examples. It answers an operation the resource
 * table or a hand-written behaviour knows, records each mutation in the activity log, replays
 * `Idempotency-Key`s, and advances lifecycles on its clock before every request.
 */
import { record } from './activity.ts';
import { systemClock, timestamp, type Clock } from './clock.ts';
import { isReply, refusal, type Context, type Located, type Outcome, type StoreReply, type StoreRequest } from './context.ts';
import { create, documentOperation, list, notFound, read, remove, update } from './crud.ts';
import { behaviours } from './behaviours.ts';
import { fingerprintOf, useKey } from './idempotency.ts';
import { advance } from './lifecycles.ts';
import type { Collection, Item, ResourceTable, StoreOperation } from './resources.ts';
import { seedState } from './seed.ts';
import { accountKey, type AccountState, type StoreState } from './state.ts';

export interface StoreOptions {
  clock?: Clock;
  /** Lifecycles run this many times faster than the spec's pace (a deploy is live after 10 s at 1). */
  speed?: number;
  /** The handle of the credential's own account (the `/me` example's). */
  ownHandle: string;
}

export interface Store {
  /** The store's answer, or `undefined` when the operation is not one it keeps (Prism's example answers it). */
  respond(request: StoreRequest): StoreReply | undefined;
  /** Every workspace back to the seed; with `workspace`, that one only. */
  reset(workspace?: string): void;
  /** The whole state, as `load` takes it back. */
  save(): StoreState;
  load(state: StoreState): void;
  /** The items of the collection at `key` in the credential's own account of `workspace`, as they are now (a copy). */
  items(workspace: string, key: string): Item[];
}

/** The header a replayed answer carries (documented on each operation that takes `Idempotency-Key`). */
export const replayHeader = 'Idempotent-Replayed';

const generic: Partial<Record<StoreOperation['kind'], (ctx: Context, collection: Collection) => Outcome>> = {
  list,
  create,
  get: read,
  update,
  delete: remove,
};

export function createStore(table: ResourceTable, options: StoreOptions): Store {
  const clock = options.clock ?? systemClock;
  const speed = options.speed ?? 1;
  const seed = seedState(table);
  let state: StoreState = { version: 1, accounts: {} };
  const byTemplate = new Map(table.collections.map((c) => [c.template, c]));
  const owners = new Map<string, Collection | undefined>();
  /** The collection whose item a path is under, deepest first (`/projects/{project}/deploys` for a deploy's logs); found once per path. */
  const ownerOf = (path: string): Collection | undefined => {
    if (!owners.has(path)) {
      const candidates = table.collections.filter((c) => c.itemParam !== undefined && path.startsWith(`${c.template}/{${c.itemParam}}`));
      owners.set(path, candidates.sort((a, b) => b.template.length - a.template.length)[0]);
    }
    return owners.get(path);
  };

  function accountOf(request: Pick<StoreRequest, 'workspace' | 'actingAs'>): AccountState {
    const key = accountKey(request.workspace, request.actingAs ?? 'self');
    const account = state.accounts[key] ?? structuredClone(seed);
    state.accounts[key] = account;
    return account;
  }

  function contextFor(request: StoreRequest, op: StoreOperation, account: AccountState, now: number, handle: string): Context {
    const ctx: Context = {
      request,
      op,
      table,
      state: account,
      now,
      at: timestamp(now),
      handle,
      collection(template) {
        const found = byTemplate.get(template);
        if (!found) throw new Error(`the spec has no list at ${template}`);
        return found;
      },
      locate: (collection, needItem) => locate(ctx, collection, needItem),
      start(kind, key, id) {
        account.lifecycles.push({ kind, collection: key, id, since: now, done: 0 });
      },
    };
    return ctx;
  }

  function locate(ctx: Context, collection: Collection, needItem: boolean): Located | StoreReply {
    let key = collection.template;
    let parent: Item | undefined;
    let projectId: string | null = null;
    if (collection.parent) {
      const found = locate(ctx, collection.parent, true);
      if (isReply(found)) return found;
      parent = found.item;
      projectId = found.projectId;
      key = `${found.key}/${parent![collection.parent.idField]}${collection.template.slice(`${collection.parent.template}/{${collection.parent.itemParam}}`.length)}`;
    }
    const items = ctx.state.collections[key] ?? [];
    const ref = collection.itemParam === undefined ? undefined : ctx.request.params[collection.itemParam];
    if (!needItem || ref === undefined) return { key, items, item: undefined, parent, projectId };
    const item = items.find((candidate) => [candidate.id, candidate.name, candidate.handle, candidate.key].includes(ref));
    if (!item) {
      const within = parent ? `${collection.parent!.resourceType} ${parent.name ?? parent.id}` : undefined;
      return notFound(ctx, collection.resourceType, ref, within);
    }
    if (collection.template === '/projects') projectId = String(item.id);
    return { key, items, item, parent, projectId };
  }

  function handleOf(account: AccountState, request: StoreRequest): string {
    return request.actingAs ?? String((account.documents['Account@'] as Item | undefined)?.handle ?? options.ownHandle);
  }

  /** An operation on something its path names (a deploy's logs, a project's metrics) is a 404 when that thing does not exist. */
  function missingOwner(ctx: Context): Outcome | undefined {
    const owner = ownerOf(ctx.op.path);
    const found = owner && locate(ctx, owner, true);
    return found && isReply(found) ? { reply: found } : undefined;
  }

  function run(ctx: Context): Outcome | undefined {
    const behaviour = behaviours[ctx.op.key];
    if (behaviour) return behaviour(ctx);
    if (ctx.op.kind === 'other') return missingOwner(ctx);
    if (ctx.op.kind === 'document') return documentOperation(ctx);
    const handler = generic[ctx.op.kind];
    return handler && ctx.op.collection ? handler(ctx, ctx.op.collection) : undefined;
  }

  return {
    respond(request) {
      const op = table.operations.get(request.operation);
      if (!op) return undefined;
      const account = accountOf(request);
      const now = clock.now();
      advance(account.lifecycles, now, speed, {
        items: (key) => account.collections[key] ?? [],
        parentOf: (key) => account.collections['/projects']?.find((project) => key.startsWith(`/projects/${project.id}/`)),
      });
      const operation = op;
      const idempotencyKey = operation.idempotent ? request.idempotencyKey : undefined;
      const fingerprint = fingerprintOf(operation.key, request.params, request.body);
      if (idempotencyKey !== undefined) {
        const use = useKey(account.idempotency, idempotencyKey, fingerprint, now);
        if (use.kind === 'replay')
          return { status: use.reply.status, body: structuredClone(use.reply.body), headers: { [replayHeader]: 'true' } };
        if (use.kind === 'conflict') {
          return refusal(
            409,
            'idempotency_key_reused',
            `Idempotency-Key ${idempotencyKey} was already used with a different request in the last ${table.idempotencyWindowMs / 3600_000} hours; send a new key for a new request.`,
          );
        }
      }
      const ctx = contextFor(request, operation, account, now, handleOf(account, request));
      const outcome = run(ctx);
      if (!outcome) return undefined;
      const { reply, touched } = outcome;
      if (touched && operation.action) {
        record(account.activity, {
          action: operation.action,
          actor: request.actor,
          actingAs: request.actingAs,
          resource: { type: touched.type, id: touched.id },
          projectId: touched.projectId,
          requestId: request.requestId,
          at: now,
        });
      }
      if (idempotencyKey !== undefined && reply.problem === undefined) {
        account.idempotency[idempotencyKey] = {
          fingerprint,
          status: reply.status,
          body: structuredClone(reply.body),
          expiresAt: now + table.idempotencyWindowMs,
        };
      }
      return reply.body === undefined ? reply : { ...reply, body: structuredClone(reply.body) };
    },

    reset(workspace) {
      if (workspace === undefined) state = { version: 1, accounts: {} };
      else for (const key of Object.keys(state.accounts)) if (key.startsWith(`${workspace}/`)) delete state.accounts[key];
    },

    save: () => structuredClone(state),

    items: (workspace, key) => structuredClone(accountOf({ workspace, actingAs: null }).collections[key] ?? []),

    load(saved) {
      if (saved?.version !== 1 || typeof saved.accounts !== 'object' || saved.accounts === null) {
        throw new Error('not a state file of this mock (expected {"version": 1, "accounts": {…}})');
      }
      state = structuredClone(saved);
    },
  };
}
