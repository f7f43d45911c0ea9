/** Starts one mock per test file, in-process on a free port, and stops it after the file's tests. */
// @ts-nocheck

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { defaultSpecPath, startMock, type MockOptions, type RunningMock } from '../../src/index.ts';

/** Writes the bundled spec, as `change` alters it, to a temporary file and returns its path (for `specPath`). */
export function specVariant(change: (spec: any) => void): string {
  const spec = JSON.parse(readFileSync(defaultSpecPath, 'utf8'));
  change(spec);
  const path = join(mkdtempSync(join(tmpdir(), 'cantila-mock-')), 'openapi.json');
  writeFileSync(path, JSON.stringify(spec));
  return path;
}

/** The running mock of this test file; read it inside tests (it starts in `beforeAll`). */
export function useMock(options: MockOptions = {}): { readonly url: string; readonly mock: RunningMock; at(path: string): string } {
  let mock: RunningMock | undefined;
  beforeAll(async () => {
    mock = await startMock({ port: 0, ...options });
  });
  afterAll(() => mock?.close());
  return {
    get mock() {
      if (!mock) throw new Error('the mock is not running: use it inside a test');
      return mock;
    },
    get url() {
      return this.mock.url;
    },
    /** `path` on the mock's origin: `at('/v1/health')`. */
    at(path) {
      return new URL(this.mock.url).origin + path;
    },
  };
}
