/**
 * One process of the client-instructions benchmark, run under valgrind: makes `calls` requests of one
 * kind with one contender against a stubbed fetch, which answers the fixture body at once, so that only
 * the contender's own work (and the Response it parses) is counted. Bundled by esbuild first, so that
 * no TypeScript loader runs under valgrind.
 * `node instructions-child.mjs <fetch|openapi-fetch|client> <GET|POST> <calls> <client entry>`
 */
import { fixtureBody } from './lib/fixture-body.ts';
import { cantilaClient, type Contender, type Kind, openapiFetchWithTimeout, rawFetch } from './lib/contenders.ts';

const [which, kind, calls, clientEntry] = process.argv.slice(2) as [string, Kind, string, string];
const payload = JSON.stringify(fixtureBody);
const responseHeaders = {
  'content-type': 'application/json',
  'content-length': String(Buffer.byteLength(payload)),
  'x-request-id': 'req_1',
};
globalThis.fetch = async () => new Response(payload, { headers: responseHeaders });

const baseUrl = 'http://127.0.0.1:9/v1';
const contenders: Record<string, () => Promise<Contender>> = {
  fetch: async () => rawFetch(baseUrl),
  'openapi-fetch': async () => openapiFetchWithTimeout(baseUrl, { idempotencyKey: true }),
  client: async () => cantilaClient(await import(clientEntry), baseUrl),
};
const contender = await contenders[which]?.();
if (!contender || (kind !== 'GET' && kind !== 'POST')) throw new Error(`instructions-child: no contender ${which} or kind ${kind}`);
for (let i = Number(calls); i > 0; i--) await contender[kind]();
