/**
 * The store alone, as the mock's policy hands it a request the checks have let through: a fresh store
 * on a manual clock for each test, and `call` to send it one request. Cheap (no server, no Prism), so
 * `pnpm mutation mock-store` can run these tests for each mutant.
 */
import { readFileSync } from 'node:fs';
import { bundledSpecPath, loadSpecModel, specModel } from '@cantila/spec-model';
import { beforeEach } from 'vitest';
import type { Actor } from '../../src/store/activity.ts';
import { manualClock, type ManualClock } from '../../src/store/clock.ts';
import type { StoreRequest } from '../../src/store/context.ts';
import { readResources, type ResourceTable } from '../../src/store/resources.ts';
import { createStore, type Store } from '../../src/store/store.ts';

export const table = readResources(loadSpecModel());

/** The table read from the bundled spec as `change` alters it (a user's spec, for the mock's `specPath`). */
export function tableOf(change: (spec: any) => void): ResourceTable {
  const spec = JSON.parse(readFileSync(bundledSpecPath, 'utf8'));
  change(spec);
  return readResources(specModel(spec));
}

/** The credential's user, as the `/me` example names it. */
export const you: Actor = { type: 'user', id: 'usr_8f2a', name: 'You' };

/** A valid `POST /projects` body. */
export const newProject = { name: 'my-new-app', region: 'fra1', source: { type: 'git', repo: 'https://github.com/acme/my-new-app' } };

/** What the store answered, with the body loosely typed for the tests' reading. */
export interface Answer {
  status: number;
  body: any;
  headers?: Record<string, string>;
  problem?: { message: string; reason?: string; fields?: { field: string; message: string }[] };
}

export interface StoreUnderTest {
  readonly clock: ManualClock;
  readonly store: Store;
  /** The store's answer to `operation`; throws when the store leaves it to Prism. */
  call(operation: string, params?: Record<string, string>, body?: unknown, extra?: Partial<StoreRequest>): Answer;
  /** The store's answer, or `undefined` when it leaves the operation to Prism. */
  ask(operation: string, params?: Record<string, string>, body?: unknown, extra?: Partial<StoreRequest>): Answer | undefined;
}

let requests = 0;

/** A fresh store for each test of the file: 2026-11-30T12:00:00Z on its clock, the account `your-handle`. */
export function useStore(): StoreUnderTest {
  let clock: ManualClock | undefined;
  let store: Store | undefined;
  beforeEach(() => {
    clock = manualClock();
    store = createStore(table, { clock, ownHandle: 'your-handle' });
  });
  const ask: StoreUnderTest['ask'] = (operation, params = {}, body = undefined, extra = {}) =>
    store!.respond({
      operation,
      params,
      query: {},
      body,
      actor: you,
      actingAs: null,
      requestId: `req_${++requests}`,
      workspace: 'default',
      idempotencyKey: undefined,
      ...extra,
    }) as Answer | undefined;
  return {
    get clock() {
      return clock!;
    },
    get store() {
      return store!;
    },
    ask,
    call(...args) {
      const answer = ask(...args);
      if (!answer) throw new Error(`${args[0]} is not answered by the store`);
      return answer;
    },
  };
}
