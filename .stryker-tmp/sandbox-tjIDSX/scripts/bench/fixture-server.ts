/**
 * The client-overhead benchmark's server: node:http on 127.0.0.1, answering every request with the
 * same JSON body (a project, shaped as the spec's Project) once the request body has been read.
 * Runs as its own process (`tsx scripts/bench/fixture-server.ts PORT`) so it does not share the
 * measuring process's event loop.
 */
// @ts-nocheck

import { createServer } from 'node:http';

/** The body every request gets. */
export const fixtureBody = {
  id: 'prj_2x8Kq3',
  name: 'web-shop',
  region: 'fra1',
  source: { type: 'git', repo: 'https://github.com/acme/web-shop', branch: 'main' },
  status: 'live',
  current_deploy_id: 'dep_9fT2a',
  url: 'https://web-shop.cantila.app',
  created_at: '2024-05-01T09:30:00Z',
  updated_at: '2024-05-02T10:00:00Z',
};

const payload = JSON.stringify(fixtureBody);

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2]);
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(`fixture-server: expected a port as the first argument, got '${process.argv[2] ?? ''}'`);
  let served = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(payload),
        'X-Request-Id': `req_${++served}`,
      });
      response.end(payload);
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
