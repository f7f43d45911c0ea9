/**
 * The stateful mode as the request path sees it: the store built from the spec, answering a request
 * every check let through and Prism found valid; the actor of each request; the workspace a test
 * worker names; and the control endpoints outside the API's base path (reset to the seed, read and
 * replace the whole state, the development sign-in).
 */
import type { SpecModel } from '@cantila/spec-model';
import type { OperationContext, RequestContext } from './checks/index.ts';
import { preflight } from './checks/preflight.ts';
import { keyIdOf, type Credential } from './credentials.ts';
import type { Reply } from './reply.ts';
import { maxBodyBytes, textOf } from './request.ts';
import { type Member, signIn, signInPaths } from './sign-in.ts';
import { teamMembersPath, whoami } from './spec.ts';
import type { Actor } from './store/activity.ts';
import type { Clock } from './store/clock.ts';
import type { StoreReply } from './store/context.ts';
import { readResources } from './store/resources.ts';
import type { StoreState } from './store/state.ts';
import { createStore, type Store } from './store/store.ts';

/** The header that names a workspace: each has its own state, so parallel test workers do not see each other's. */
export const workspaceHeader = 'X-Cantila-Mock-Workspace';
/** Where the control endpoints live: outside the API's base path, so no API path can collide. */
export const controlBase = '/__mock';
const workspacePattern = /^[A-Za-z0-9_.-]{1,64}$/;

export interface StatefulMock {
  store: Store;
  /** The store's answer to a valid request, or `undefined` where it keeps nothing (Prism's example answers). */
  answer(context: OperationContext): Reply | undefined;
}

export interface StateOptions {
  clock?: Clock;
  speed?: number;
}

/** The workspace a request names: `default` without the header, or why the header is not one. */
function workspaceOf(context: RequestContext): string | { problem: string } {
  const value = context.req.headersDistinct[workspaceHeader.toLowerCase()];
  if (value === undefined) return 'default';
  if (value.length === 1 && workspacePattern.test(value[0]!)) return value[0]!;
  return { problem: `${workspaceHeader} must be sent once, as 1 to 64 letters, digits, '.', '_' or '-'.` };
}

/** The store's answer in the layer's terms: a body, or a problem in the Error shape. */
function toReply(reply: StoreReply, context: RequestContext): Reply {
  if (reply.problem) {
    const { message, fields, reason } = reply.problem;
    if (reason !== undefined && context.spec.reasonStatuses.get(reason) === reply.status)
      return context.refuse({ reason }, message, reply.headers);
    return fields ? context.invalid(fields) : context.error(reply.status, message, undefined, reply.headers);
  }
  return {
    status: reply.status,
    ...(reply.body === undefined ? {} : { body: reply.body }),
    ...(reply.headers ? { headers: reply.headers } : {}),
  };
}

export function createStatefulMock(model: SpecModel, options: StateOptions): StatefulMock {
  const table = readResources(model);
  const me = (table.operations.get(whoami)?.example ?? {}) as { user?: { id: string; name: string }; account?: { handle: string } };
  const user: Actor = { type: 'user', id: me.user?.id ?? 'usr_mock', name: me.user?.name ?? 'You' };
  const store = createStore(table, { ownHandle: me.account?.handle ?? 'your-handle', ...options });
  const actorOf = (credential: Credential): Actor => {
    if (credential.kind === 'session') return credential.user ? { type: 'user', id: credential.user.id, name: credential.user.name } : user;
    const id = keyIdOf(credential.secret);
    return { type: 'key', id, name: `API key ${id}` };
  };
  return {
    store,
    answer(context) {
      const { credential, req, spec, operation } = context;
      if (!credential) return undefined;
      const workspace = workspaceOf(context);
      if (typeof workspace === 'object') return context.error(400, workspace.problem);
      const actAs = req.headers[spec.actAsHeader.toLowerCase()];
      const idempotencyKey = req.headers['idempotency-key'];
      const reply = store.respond({
        operation: operation.key,
        // The path-parameters check has made sure each decodes.
        params: Object.fromEntries(Object.entries(context.pathParams).map(([name, value]) => [name, decodeURIComponent(value)])),
        query: context.query,
        body: context.body,
        actor: actorOf(credential),
        actingAs: typeof actAs === 'string' ? actAs : null,
        requestId: context.requestId,
        workspace,
        idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : undefined,
      });
      return reply && toReply(reply, context);
    },
  };
}

async function readState(context: RequestContext): Promise<StoreState> {
  const read = await context.req.readBody();
  if ('tooLarge' in read) throw new Error(`the body is larger than ${maxBodyBytes / 1024 / 1024} MiB`);
  try {
    return JSON.parse(textOf(read.bytes)) as StoreState;
  } catch {
    throw new Error('the body is not valid JSON');
  }
}

/** The store's team members: the users the development sign-in opens a session for. */
function membersOf(stateful: StatefulMock, workspace: string): Member[] {
  return stateful.store.items(workspace, teamMembersPath).map((item) => ({
    id: String(item.id),
    email: String(item.email),
    name: String(item.name),
    role: String(item.role),
  }));
}

/**
 * The answer of a control endpoint (`/__mock/reset`, `/__mock/state`, the sign-in of ./sign-in.ts),
 * CORS preflights included; a 404 naming them for any other path below `/__mock/`.
 */
export async function control(stateful: StatefulMock, context: RequestContext): Promise<Reply> {
  const { method, fullPath, error } = context;
  const workspace = workspaceOf(context);
  if (typeof workspace === 'object') return error(400, workspace.problem);
  const paths: Record<string, string> = {
    [`${controlBase}/reset`]: 'POST',
    [`${controlBase}/state`]: 'GET, PUT',
    ...signInPaths(controlBase),
  };
  const methods = paths[fullPath];
  if (methods === undefined) {
    return error(404, `No control endpoint ${method} ${fullPath}: ${Object.keys(paths).join(', ')} are the ones.`);
  }
  const preflighted = preflight(context, methods);
  if (preflighted) return preflighted;
  if (!methods.split(', ').includes(method))
    return error(405, `${method} is not allowed on ${fullPath}; it answers ${methods}.`, undefined, { Allow: methods });
  const named = context.req.headers[workspaceHeader.toLowerCase()] === undefined ? undefined : workspace;
  if (fullPath === `${controlBase}/reset`) {
    stateful.store.reset(named);
    return { status: 204 };
  }
  if (fullPath === `${controlBase}/state`) {
    if (method === 'GET') return { status: 200, body: stateful.store.save() };
    try {
      stateful.store.load(await readState(context));
      return { status: 204 };
    } catch (cause) {
      return error(400, `The state could not be loaded: ${(cause as Error).message}.`);
    }
  }
  return signIn(context, membersOf(stateful, workspace), controlBase);
}
