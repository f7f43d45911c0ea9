/** What a store operation is given and what it answers. */
// @ts-nocheck

import type { FieldError } from '../errors.ts';
import type { Actor } from './activity.ts';
import type { LifecycleKind } from './lifecycles.ts';
import type { Collection, Item, ResourceTable, StoreOperation } from './resources.ts';
import type { AccountState } from './state.ts';

/** A request the checks have let through and Prism has found valid. */
export interface StoreRequest {
  /** `POST /projects/{project}/deploys`. */
  operation: string;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
  actor: Actor;
  /** The act-as handle, or `null`. */
  actingAs: string | null;
  requestId: string;
  /** The workspace named by the control header; `default` without one. */
  workspace: string;
  idempotencyKey: string | undefined;
}

/** The store's answer: a body, or a problem the mock words in the spec's Error shape. */
export interface StoreReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** `reason`: the spec's ErrorReason for it, where one applies. */
  problem?: { message: string; fields?: FieldError[]; reason?: string };
}

/** The resource a mutation acted on, for its activity event. */
export interface Touched {
  type: string;
  id: string;
  projectId: string | null;
}

export interface Outcome {
  reply: StoreReply;
  /** Set by a mutation that happened; the store records the operation's action on it. */
  touched?: Touched;
}

/** Where a path's item is: its collection's concrete path and items, and the item when it exists. */
export interface Located {
  key: string;
  items: Item[];
  item: Item | undefined;
  /** The item the collection belongs to (the project of a deploy), if any. */
  parent: Item | undefined;
  /** The project the path is under, or the item itself when it is a project. */
  projectId: string | null;
}

export interface Context {
  request: StoreRequest;
  op: StoreOperation;
  table: ResourceTable;
  state: AccountState;
  now: number;
  /** `now` as a timestamp. */
  at: string;
  /** The handle of the account acted in. */
  handle: string;
  /** The collection's items under the request's path; a 404 reply when a parent (or, with `needItem`, the item) is missing. */
  locate(collection: Collection, needItem: boolean): Located | StoreReply;
  /** Starts long-running work on an item of the collection at `key`. */
  start(kind: LifecycleKind, key: string, id: string): void;
  /** The collection of the table with this template. */
  collection(template: string): Collection;
}

export const problem = (status: number, message: string, fields?: FieldError[]): StoreReply => ({
  status,
  problem: fields ? { message, fields } : { message },
});

/** A refusal for a documented cause: `reason` is its ErrorReason (`no_live_deploy`). */
export const refusal = (status: number, reason: string, message: string): StoreReply => ({ status, problem: { message, reason } });

export const isReply = (value: Located | StoreReply): value is StoreReply => 'status' in value;
