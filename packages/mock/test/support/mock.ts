/** Starts one mock per test file, in-process on a free port, and stops it after the file's tests. */
import { afterAll, beforeAll } from 'vitest';
import { startMock, type MockOptions, type RunningMock } from '../../src/index.ts';

/** The running mock of this test file; read it inside tests (it starts in `beforeAll`). */
export function useMock(options: MockOptions = {}): { readonly url: string; readonly mock: RunningMock } {
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
  };
}
