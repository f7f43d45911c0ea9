/**
 * The stateful mode as the request path sees it: the store built from the spec, the actor of each
 * request, the workspace a test worker names, and the control endpoints outside the API's base path
 * (reset to the seed, read and replace the whole state).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { loadSpecModel } from '@cantila/spec-model';
import { keyIdOf, type Credential } from './credentials.ts';
import { whoami } from './spec.ts';
import type { Actor } from './store/activity.ts';
import type { Clock } from './store/clock.ts';
import type { StoreReply } from './store/context.ts';
import { readResources } from './store/resources.ts';
import { createStore, type Store } from './store/store.ts';
import type { StoreState } from './store/state.ts';

/** The header that names a workspace: each has its own state, so parallel test workers do not see each other's. */
export const workspaceHeader = 'X-Cantila-Mock-Workspace';
/** Where the control endpoints live: outside the API's base path, so no API path can collide. */
export const controlBase = '/__mock';
const workspacePattern = /^[A-Za-z0-9_.-]{1,64}$/;

export interface StatefulMock {
  store: Store;
  /** Who acted, for the activity log: the signed-in user of the `/me` example, or the key by its id. */
  actorOf(credential: Credential): Actor;
  /** The workspace the request names, `default` without the header, or why the header is not one. */
  workspaceOf(headers: IncomingHttpHeaders): string | { problem: string };
}

export interface StateOptions {
  clock?: Clock;
  speed?: number;
}

export function createStatefulMock(specPath: string, options: StateOptions): StatefulMock {
  const table = readResources(loadSpecModel(specPath));
  const me = (table.operations.get(whoami)?.example ?? {}) as { user?: { id: string; name: string }; account?: { handle: string } };
  const user: Actor = { type: 'user', id: me.user?.id ?? 'usr_mock', name: me.user?.name ?? 'You' };
  const store = createStore(table, { ownHandle: me.account?.handle ?? 'your-handle', ...options });
  return {
    store,
    actorOf: (credential) =>
      credential.kind === 'session' ? user : { type: 'key', id: keyIdOf(credential.secret), name: `API key ${keyIdOf(credential.secret)}` },
    workspaceOf(headers) {
      const value = headers[workspaceHeader.toLowerCase()];
      if (value === undefined) return 'default';
      if (typeof value === 'string' && workspacePattern.test(value)) return value;
      return { problem: `${workspaceHeader} must be 1 to 64 letters, digits, '.', '_' or '-'.` };
    },
  };
}

/** A control request's answer; `undefined` when the path is not a control endpoint. */
export function control(
  stateful: StatefulMock,
  method: string,
  path: string,
  workspace: string | undefined,
  body: () => Promise<unknown>,
): Promise<StoreReply> | StoreReply | undefined {
  const { store } = stateful;
  if (path === `${controlBase}/reset`) {
    if (method !== 'POST')
      return { status: 405, problem: { message: `${method} is not allowed on ${path}; it answers POST.` }, headers: { Allow: 'POST' } };
    store.reset(workspace);
    return { status: 204 };
  }
  if (path === `${controlBase}/state`) {
    if (method === 'GET') return { status: 200, body: store.save() };
    if (method !== 'PUT')
      return {
        status: 405,
        problem: { message: `${method} is not allowed on ${path}; it answers GET, PUT.` },
        headers: { Allow: 'GET, PUT' },
      };
    return body()
      .then((state): StoreReply => {
        store.load(state as StoreState);
        return { status: 204 };
      })
      .catch((error: Error) => ({ status: 400, problem: { message: `The state could not be loaded: ${error.message}` } }));
  }
  return undefined;
}
