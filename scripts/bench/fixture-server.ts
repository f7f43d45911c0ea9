/**
 * The client-overhead benchmark's server: node:http on 127.0.0.1, answering every request with the
 * same JSON body (a project, shaped as the spec's Project) once the request body has been read.
 * Runs as its own process (`tsx scripts/bench/fixture-server.ts PORT`) so it does not share the
 * measuring process's event loop.
 */
import { createServer } from 'node:http';
import { fixtureBody } from './lib/fixture-body.ts';

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
