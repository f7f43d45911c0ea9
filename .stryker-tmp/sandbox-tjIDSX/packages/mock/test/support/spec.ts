/** The spec as the mock's tests read it (shared with `pnpm contract`), and the mock's conventions for its tests. */
// @ts-nocheck

import { model } from '@cantila/contract/spec';

export * from '@cantila/contract/spec';

/** A key holding `scope` under the mock's `sk_test_<scope>_…` convention. */
export const keyFor = (scope: string): string => `sk_test_${scope}_contract`;

/** A key with every scope. */
export const adminKey = keyFor('admin');

/** A valid `POST /projects` body. */
export const newProject = { name: 'web-shop', region: 'fra1' };

/** The examples of `key`'s `status` response, as `Prefer: example=` names them. */
export const examplesOf = (key: string, status = '200') => model.operation(key)!.responses.find((r) => r.status === status)!.body!.examples;

/** The example `name` of `key`'s 200 response. */
export const exampleOf = (key: string, name: string): unknown => examplesOf(key).find((e) => e.name === name)!.value;
