/** The spec as the mock's tests read it (shared with `pnpm contract`), and the mock's key convention. */
export * from '@cantila/contract/spec';

/** A key holding `scope` under the mock's `sk_test_<scope>_…` convention. */
export const keyFor = (scope: string): string => `sk_test_${scope}_contract`;
