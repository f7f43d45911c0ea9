/**
 * `pnpm dev`: the mock (port 4010) and the example on Vite's dev server (5173 or the next free port),
 * in one process. The page calls the mock through Vite's proxy (same origin); with `--cross-origin`
 * it calls the mock directly (CORS with credentials). Both on 127.0.0.1: the session cookie is
 * SameSite=Lax, so the page and the mock must share a host name (ports may differ).
 */
import { startMock } from '@cantila/mock';
import { createServer } from 'vite';
import { exampleRoot, withMockUrl } from './serve.ts';

const crossOrigin = process.argv.includes('--cross-origin');
const mock = await startMock({ port: 4010 }).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
const mockOrigin = new URL(mock.url).origin;
const vite = await withMockUrl(mockOrigin, () => createServer({ root: exampleRoot, server: { host: '127.0.0.1' } }));
await vite.listen();
const page = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
process.stdout.write(
  [
    `Cantila mock on ${mock.url} (sign-in page: ${mockOrigin}/__mock/session)`,
    crossOrigin
      ? `Console example on ${page}?api=${mockOrigin} (calling the mock directly, CORS with credentials)`
      : `Console example on ${page} (through Vite's proxy: /v1 and /__mock go to the mock)`,
    'Stop with Ctrl-C.',
    '',
  ].join('\n'),
);

const stop = async (): Promise<void> => {
  await vite.close();
  await mock.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
