/** The state of one account in one workspace: plain JSON, so it saves to a file and loads back as it was. */
// @ts-nocheck

import type { ActivityEvent } from './activity.ts';
import type { RememberedReply } from './idempotency.ts';
import type { PendingLifecycle } from './lifecycles.ts';
import type { Item } from './resources.ts';

export interface AccountState {
  /** Each collection's items, in the order its list answers them, by concrete path (`/projects/prj_9Xk2mA/deploys`). */
  collections: Record<string, Item[]>;
  /** Single documents (`Scale@/projects/prj_9Xk2mA`, `Account@`). */
  documents: Record<string, Item>;
  /** The activity log, newest first. */
  activity: ActivityEvent[];
  /** Replies remembered by Idempotency-Key. */
  idempotency: Record<string, RememberedReply>;
  /** Lifecycles still under way. */
  lifecycles: PendingLifecycle[];
}

/** Everything the mock keeps: each account's state by `workspace` and account (`self` or the act-as handle). */
export interface StoreState {
  version: 1;
  accounts: Record<string, AccountState>;
}

/** The items of the collection at `key`, made empty when it has none yet. */
export function itemsAt(state: AccountState, key: string): Item[] {
  const items = state.collections[key] ?? [];
  state.collections[key] = items;
  return items;
}

/** The key of an account's state: the workspace, then the account. */
export const accountKey = (workspace: string, account: string): string => `${workspace}/${account}`;
