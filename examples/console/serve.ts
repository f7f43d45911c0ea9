/**
 * The example on a mock of its own, for its test and its screenshots: the mock on a free port, a
 * production build, and `vite preview` on another free port with vite.config.ts's proxy to the mock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMock, type RunningMock } from '@cantila/mock';
import { build, preview } from 'vite';

export const exampleRoot = fileURLToPath(new URL('.', import.meta.url));

export interface ServedExample {
  mock: RunningMock;
  /** The mock's origin, for direct cross-origin calls (`?api=`). */
  mockOrigin: string;
  /** The page's port on 127.0.0.1 (and on any host name the caller allowed). */
  port: number;
  close(): Promise<void>;
}

/** Points vite.config.ts's proxy at `mockOrigin` while `load` reads the config. */
export async function withMockUrl<T>(mockOrigin: string, load: () => Promise<T>): Promise<T> {
  const before = process.env.CANTILA_MOCK_URL;
  process.env.CANTILA_MOCK_URL = mockOrigin;
  try {
    return await load();
  } finally {
    if (before === undefined) delete process.env.CANTILA_MOCK_URL;
    else process.env.CANTILA_MOCK_URL = before;
  }
}

/** Serves the built example; `allowedHosts` are host names besides loopback the page may be opened on. */
export async function serveExample(allowedHosts: string[] = []): Promise<ServedExample> {
  const mock = await startMock({ port: 0 });
  const mockOrigin = new URL(mock.url).origin;
  const outDir = mkdtempSync(join(tmpdir(), 'cantila-console-'));
  try {
    await build({ root: exampleRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await withMockUrl(mockOrigin, () =>
      preview({ root: exampleRoot, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, allowedHosts } }),
    );
    return {
      mock,
      mockOrigin,
      port: (server.httpServer.address() as AddressInfo).port,
      async close() {
        await server.close();
        await mock.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await mock.close();
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}
