/**
 * The client's tests of its behaviour, relative to the repository's root: not the packaging, type or
 * Chromium tests, which depend neither on Node's version (`pnpm test:node-versions`) nor on the code
 * `pnpm mutation` mutates. Files, not folders: both vitest's filters and Stryker's globs take them.
 */
export const behaviourTests = [
  'packages/client/src/core/deprecation.test.ts',
  'packages/client/src/core/error-reason.test.ts',
  'packages/client/src/core/idempotency.test.ts',
  'packages/client/src/core/redact.test.ts',
  'packages/client/src/core/retry.test.ts',
  'packages/client/test/client.test.ts',
  'packages/client/test/deprecation.test.ts',
  'packages/client/test/environment.test.ts',
  'packages/client/test/faults.test.ts',
  'packages/client/test/frontend.test.ts',
  'packages/client/test/hostile.test.ts',
  'packages/client/test/pagination.test.ts',
  'packages/client/test/secrets.test.ts',
];
